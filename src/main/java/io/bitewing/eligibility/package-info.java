/**
 * Eligibility records: per patient plan, the latest answer an eligibility vendor gave (status, coverage dates,
 * network, funding, COB, deductibles and out-of-pocket maximums reported, services, raw entities), with the history
 * of earlier answers. The Payor dialect writes it; the estimator reads it.
 */
package io.bitewing.eligibility;
