/** Insurance plans and their estimator settings, with plan-level downgrade links. */
package io.bitewing.plan;
