/** Insurance carriers: the companies that issue plans, with their payer ids and contact details. */
package io.bitewing.carrier;
