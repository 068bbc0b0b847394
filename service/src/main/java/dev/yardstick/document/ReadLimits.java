package dev.yardstick.document;

/**
 * How much a Word or PDF file may make the reader do, so that a file built to exhaust the
 * server (a zip bomb inside a .docx, a PDF claiming a million pages) is refused within bounded
 * time and memory instead of being read. The defaults are far above any council's update (the
 * seeds are 20 pages) and far below what would hurt a small server.
 *
 * @param maxPages             pages a PDF may have
 * @param maxUnzippedBytes     bytes all entries of a .docx may inflate to, together
 * @param maxZipEntries        entries a .docx may hold
 * @param maxInflateRatio      how many times larger than its compressed size one entry may inflate
 * @param maxTextCharacters    characters of text a file may yield
 */
public record ReadLimits(int maxPages, long maxUnzippedBytes, int maxZipEntries, int maxInflateRatio, int maxTextCharacters) {

    public static final ReadLimits DEFAULT = new ReadLimits(500, 64L * 1024 * 1024, 2_000, 100, 5_000_000);

    public ReadLimits {
        if (maxPages < 1 || maxUnzippedBytes < 1 || maxZipEntries < 1 || maxInflateRatio < 1 || maxTextCharacters < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
