/** Claim history per coverage (received, pending, outside office, adjustments), summed into benefits used. */
package io.bitewing.history;
