/**
 * The Payor dialect under {@code /v1/payors}: an eligibility vendor's patient-insurance answer, taken in one
 * transaction into carrier, plan, subscriber, subscription, patient plan and eligibility record through the owning
 * modules' services. It owns no tables: a payor is the eligibility record of its patient plan.
 */
package io.bitewing.payor;
