/** Imported insurance awaiting review: Payor-shaped and flat rows matched to carriers, plans and subscribers, then converted. */
package io.bitewing.draft;
