package dev.yardstick.store;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this process last wrote for each of a few organisations, so the next upload of one starts
 * from memory instead of reading the organisation's whole history back from InfluxDB. An entry is
 * only ever a state a session finished writing in full; it is dropped on any failure, and a
 * session that uses one first checks it against the document records InfluxDB holds (see
 * {@link IngestSession#open}). Bounded: the least recently used organisation goes first, and the
 * garbage collector may clear any entry when memory runs short (soft references). With a
 * capacity of 0 nothing is kept.
 */
final class KnownOrganisations {

    /** What a session starts from: the state remembered (null when none) and the version it had then. */
    record Basis(StoredOrganisation state, long version) {
    }

    private final int capacity;
    private final Map<String, SoftReference<StoredOrganisation>> entries;
    /** Counts every change of each organisation's entry, so a commit can tell whether another came between. */
    private final Map<String, Long> versions = new HashMap<>();

    KnownOrganisations(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the organisations kept in memory cannot be negative, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<StoredOrganisation>> eldest) {
                return size() > KnownOrganisations.this.capacity;
            }
        };
    }

    int capacity() {
        return capacity;
    }

    /** The state last written for the organisation (null when none is kept), with its version. */
    synchronized Basis get(String organisation) {
        SoftReference<StoredOrganisation> ref = entries.get(organisation);
        return new Basis(ref == null ? null : ref.get(), versions.getOrDefault(organisation, 0L));
    }

    /**
     * Records {@code next} as written for its organisation, unless the entry changed since
     * {@code basis} was taken (another session committed, or a failure dropped it): then what
     * InfluxDB holds is not known here, and nothing is kept.
     */
    synchronized void commit(Basis basis, StoredOrganisation next) {
        long version = versions.getOrDefault(next.organisation, 0L);
        versions.put(next.organisation, version + 1);
        if (capacity > 0 && version == basis.version()) {
            entries.put(next.organisation, new SoftReference<>(next));
        } else {
            entries.remove(next.organisation);
        }
    }

    synchronized void forget(String organisation) {
        versions.merge(organisation, 1L, Long::sum);
        entries.remove(organisation);
    }

    /** After any failure: what InfluxDB holds may no longer be what was written. */
    synchronized void forgetAll() {
        versions.replaceAll((organisation, version) -> version + 1);
        entries.clear();
    }
}
