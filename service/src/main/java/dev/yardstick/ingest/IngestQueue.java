package dev.yardstick.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A durable, ordered spool of accepted updates waiting to be written to InfluxDB: one file per
 * update, named by a sequence number, written to a temporary name, forced to disk and then
 * renamed, so a crash leaves either the whole entry or none. Entries are removed only after the
 * store has taken them; replaying one is harmless because storing an update is idempotent.
 */
final class IngestQueue {

    private static final String SUFFIX = ".update";
    private static final String PARTIAL = ".partial";
    private static final String FAILED = "failed";
    private static final java.util.regex.Pattern SAFE_ORGANISATION = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Sequence, then the organisation when it is a valid name (entries of earlier versions have none). */
    private static final java.util.regex.Pattern ENTRY_NAME = java.util.regex.Pattern.compile("\\d{19}(\\.[A-Za-z0-9_-]{1,64})?\\.update");
    private static final String REASON = ".reason.txt";

    /** One queued update: the upload exactly as accepted. */
    record Entry(long sequence, String source, String organisation, byte[] bytes, Path file) {
    }

    private final Path dir;
    private final AtomicLong lastSequence;

    IngestQueue(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> partial = Files.list(dir)) {
                // a partial file is an enqueue that never completed: it was not accepted
                for (Path p : partial.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the ingest queue folder " + dir.toAbsolutePath()
                    + " (" + e.getMessage() + "); set yardstick.ingest.queue-dir to a writable folder", e);
        }
        this.lastSequence = new AtomicLong(files().stream().mapToLong(IngestQueue::sequenceOf).max().orElse(0));
    }

    /**
     * Appends an update; when this returns, the entry survives a crash. A valid organisation is
     * part of the file name, so one organisation's entries are found without reading the others.
     */
    Entry enqueue(String source, String organisation, byte[] bytes) {
        long sequence = lastSequence.incrementAndGet();
        Path file = dir.resolve(SAFE_ORGANISATION.matcher(organisation).matches()
                ? "%019d.%s%s".formatted(sequence, organisation, SUFFIX) : "%019d%s".formatted(sequence, SUFFIX));
        Path partial = dir.resolve(file.getFileName() + PARTIAL);
        byte[] header = (escape(organisation) + "\t" + escape(source) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(new ByteBuffer[] {ByteBuffer.wrap(header), ByteBuffer.wrap(bytes)});
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot queue " + source + " in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        try {
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot queue " + source + " in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return new Entry(sequence, source, organisation, bytes, file);
    }

    /** The oldest readable entry, if any; an unreadable one is set aside on the way, so it cannot block the rest. */
    Optional<Entry> oldest() {
        return oldest(null);
    }

    /** The oldest readable entry of one organisation (of any when null). */
    Optional<Entry> oldest(String organisation) {
        for (Path file : files()) {
            String named = organisationInName(file);
            if (organisation != null && named != null && !named.equals(organisation)) {
                continue;
            }
            try {
                Entry entry = read(file);
                if (organisation == null || entry.organisation().equals(organisation)) {
                    return Optional.of(entry);
                }
            } catch (IllegalStateException unreadable) {
                if (Files.exists(file)) {
                    setAside(file, "?", "?", unreadable.getMessage());
                } // else: written and removed by another writer meanwhile
            }
        }
        return Optional.empty();
    }

    /** The organisations with queued entries, in the order of their oldest entry. */
    java.util.Set<String> organisations() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Path file : files()) {
            String named = organisationInName(file);
            if (named != null) {
                out.add(named);
            } else {
                try {
                    out.add(read(file).organisation());
                } catch (IllegalStateException unreadable) {
                    if (Files.exists(file)) {
                        setAside(file, "?", "?", unreadable.getMessage());
                    }
                }
            }
        }
        return out;
    }

    private static String organisationInName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        int suffix = name.length() - SUFFIX.length();
        return dot < suffix ? name.substring(dot + 1, suffix) : null;
    }

    /**
     * Moves an entry that retrying will not help to {@code failed/} beside the queue, with a
     * {@code .reason.txt} next to it; the queue goes on without it.
     */
    void setAside(Entry entry, String reason) {
        setAside(entry.file(), entry.source(), entry.organisation(), reason);
    }

    private void setAside(Path file, String source, String organisation, String reason) {
        Path failed = dir.resolve(FAILED);
        try {
            Files.createDirectories(failed);
            Files.move(file, failed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(failed.resolve(file.getFileName() + REASON), escape(organisation) + "\t" + escape(source) + "\n" + reason + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + failed + ": " + e.getMessage(), e);
        }
    }

    /** Every update set aside, oldest first. */
    List<SetAsideUpdate> setAside() {
        Path failed = dir.resolve(FAILED);
        if (!Files.isDirectory(failed)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(failed)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(REASON)).sorted().map(IngestQueue::setAsideFrom).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + failed.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static SetAsideUpdate setAsideFrom(Path reasonFile) {
        String name = reasonFile.getFileName().toString();
        try {
            String[] text = Files.readString(reasonFile).split("\n", 2);
            String[] names = text[0].split("\t", 2);
            return new SetAsideUpdate(name.substring(0, name.length() - REASON.length()), names.length > 1 ? unescape(names[1]) : "?",
                    unescape(names[0]), text.length > 1 ? text[1].strip() : "");
        } catch (IOException | RuntimeException e) {
            return new SetAsideUpdate(name.substring(0, name.length() - REASON.length()), "?", "?", "reason unreadable: " + e.getMessage());
        }
    }

    void remove(Entry entry) {
        try {
            Files.deleteIfExists(entry.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + entry.file() + " from the ingest queue: " + e.getMessage(), e);
        }
    }

    int depth() {
        return files().size();
    }

    Path dir() {
        return dir;
    }

    private List<Path> files() {
        try (Stream<Path> listing = Files.list(dir)) {
            // only names this queue gave: a stray file must not stop it
            return listing.filter(p -> ENTRY_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ingest queue " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Entry read(Path file) {
        try {
            byte[] all = Files.readAllBytes(file);
            int newline = 0;
            while (newline < all.length && all[newline] != '\n') {
                newline++;
            }
            String[] header = new String(all, 0, newline, StandardCharsets.UTF_8).split("\t", 2);
            byte[] bytes = java.util.Arrays.copyOfRange(all, Math.min(all.length, newline + 1), all.length);
            return new Entry(sequenceOf(file), unescape(header[1]), unescape(header[0]), bytes, file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("ingest queue entry " + file + " is unreadable (" + e.getMessage()
                    + "); move it out of the queue folder and upload that update again", e);
        }
    }

    private static long sequenceOf(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    /** Names go on one header line: backslash, tab and newline are escaped. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
