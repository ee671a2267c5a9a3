/** Which fee schedule fills which slot at a location, for a carrier or a plan, over dates, and how a fee is resolved. */
package io.bitewing.feeassignment;
