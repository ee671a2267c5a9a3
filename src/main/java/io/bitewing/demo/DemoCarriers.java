package io.bitewing.demo;

import io.bitewing.carrier.Carrier.ElectronicFilingType;
import io.bitewing.carrier.Carrier.TrustLevel;
import io.bitewing.carrier.CarrierRequests.Create;
import java.util.List;

/** Made-up carriers: realistic shapes, no real payer's data. */
final class DemoCarriers {

    private DemoCarriers() {}

    static final List<Create> ALL = List.of(
            carrier("Northwind Dental Mutual", "NWD01", "Northwind", TrustLevel.trusted),
            carrier("Bluebird Benefits", "BLB22", null, TrustLevel.standard),
            carrier("Harbor Lane Insurance", "HLI07", "Harbor Group", TrustLevel.standard),
            carrier("Summit Smile Plans", "SSP40", null, TrustLevel.untrusted));

    private static Create carrier(String name, String electronicId, String group, TrustLevel trust) {
        return new Create(
                name,
                group,
                electronicId,
                ElectronicFilingType.send_electronically,
                null,
                null,
                trust,
                false,
                "100 Main Street",
                null,
                "Springfield",
                "IL",
                "62701",
                "800-555-0100",
                null,
                null);
    }
}
