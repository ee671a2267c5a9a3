package io.bitewing.imports;

import io.bitewing.carrier.Carrier;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation's live carriers, read once per import, by id, by electronic payer id (the oldest carrier of an id
 * wins, as eligibility lookups take it) and by name, both compared ignoring case and surrounding blanks.
 */
final class LiveCarriers {

    private final Map<UUID, Carrier> byId = new HashMap<>();
    private final Map<String, Carrier> byElectronicId = new HashMap<>();
    private final Map<String, Carrier> byName = new HashMap<>();

    LiveCarriers(List<Carrier> oldestFirst) {
        for (Carrier c : oldestFirst) {
            byId.put(c.id(), c);
            if (c.electronicId() != null) {
                byElectronicId.putIfAbsent(key(c.electronicId()), c);
            }
            byName.put(key(c.carrierName()), c);
        }
    }

    Carrier byId(UUID id) {
        return byId.get(id);
    }

    Carrier byElectronicId(String electronicId) {
        return electronicId == null ? null : byElectronicId.get(key(electronicId));
    }

    Carrier byName(String name) {
        return name == null ? null : byName.get(key(name));
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
