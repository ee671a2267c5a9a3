package io.bitewing.demo;

import io.bitewing.carrier.CarrierService;
import io.bitewing.shared.auth.Tenant;
import org.springframework.stereotype.Component;

/**
 * What the demo organisation holds. Everything goes through the modules' services, so the demo obeys the same
 * rules as API clients. Later areas add their demo rows here.
 */
@Component
class DemoSeed {

    private final CarrierService carriers;

    DemoSeed(CarrierService carriers) {
        this.carriers = carriers;
    }

    void populate(Tenant tenant) {
        DemoCarriers.ALL.forEach(carrier -> carriers.create(tenant, carrier));
    }
}
