package io.bitewing.carrier;

/** The list filters the reference offers for carriers. */
record CarrierFilter(String search, String carrierGroupName, boolean includeHidden) {}
