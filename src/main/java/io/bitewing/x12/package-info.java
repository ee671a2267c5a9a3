/**
 * The X12 dialect: 271 eligibility responses read into reviewable benefit change sets, 835 remittances into claim
 * history and estimate-book evidence, 270 requests written for a clearinghouse. It translates and calls the owning
 * modules' services; it owns only what it read (interchanges, change sets, the remittance line map and review list).
 */
package io.bitewing.x12;
