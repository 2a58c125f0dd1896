package dev.samachar.pipeline;

import dev.samachar.enrich.ArticleDocument;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dated articles a run sent, kept in a temporary file for translation linking at the end of the run:
 * id, language, publication time, release id, entities, and the title and body whose numbers the linker
 * reads when the names leave a pair open. Linking then pairs the run's own articles without searching Elasticsearch for them and
 * fetching their text back, which in a large run would mean reading nearly every document's _source
 * again (docs/design-notes.md#translation-linking). In memory there is only each article's day and
 * offset in the file (12 bytes), so the run's memory does not grow with the size of the corpus.
 *
 * <p>An article is added when Elasticsearch acknowledged it (on the bulk response threads), so a document
 * the cluster refused is never linked. Read once the run has sent everything. If the file cannot be
 * written (a full disk, say), the run goes on and only its translation linking is skipped.
 */
final class RunArticles implements AutoCloseable {

    /**
     * An article as the linker needs it: the same values the search would read back from the index.
     *
     * @param day       the IST day of {@code published}
     * @param releaseId null when the article has none
     */
    record Facts(
            String id,
            String lang,
            OffsetDateTime published,
            LocalDate day,
            String releaseId,
            Set<String> entities,
            String text) {}

    static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    private final Path file;
    private final DataOutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(8 * 1024);
    private long written;
    private int count;
    private int[] days = new int[1024];
    private long[] offsets = new long[1024];
    private String failure;

    RunArticles() {
        Path created = null;
        DataOutputStream opened = null;
        try {
            created = Files.createTempFile("samachar-run-articles", ".bin");
            opened = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(created, StandardOpenOption.WRITE), 1 << 16));
        } catch (IOException e) {
            failure = "cannot create a temporary file: " + e.getMessage();
        }
        file = created;
        out = opened;
    }

    /** Why the articles could not be kept (translation linking is then skipped), or null. */
    synchronized String failure() {
        return failure;
    }

    /** Keeps an acknowledged article; undated ones cannot be linked (a pair is published the same day) and are skipped. */
    synchronized void add(ArticleDocument document) {
        Facts facts = facts(document);
        if (facts == null || failure != null) {
            return;
        }
        LocalDate day = facts.day();
        record.reset();
        try (DataOutputStream data = new DataOutputStream(record)) {
            writeString(data, facts.id());
            writeString(data, facts.lang());
            writeString(data, facts.published().toString());
            writeString(data, facts.releaseId() == null ? "" : facts.releaseId());
            data.writeInt(facts.entities().size());
            for (String entity : facts.entities()) {
                writeString(data, entity);
            }
            writeString(data, facts.text());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        try {
            out.writeInt(record.size());
            record.writeTo(out);
        } catch (IOException e) {
            failure = "cannot write " + file + ": " + e.getMessage();
            return;
        }
        if (count == days.length) {
            days = Arrays.copyOf(days, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        days[count] = (int) day.toEpochDay();
        offsets[count] = written;
        count++;
        written += 4 + record.size();
    }

    /** What linking needs of {@code document}, or null when it is undated (a pair is published the same day). */
    static Facts facts(ArticleDocument document) {
        return document.article().published() == null
                ? null
                : facts(document, document.article().published());
    }

    /** What linking needs of {@code document}, as if it were published at {@code published}. */
    static Facts facts(ArticleDocument document, OffsetDateTime published) {
        return new Facts(
                document.id(),
                document.article().lang(),
                published,
                published.atZoneSameInstant(IST).toLocalDate(),
                document.article().releaseId(),
                TranslationLinker.entities(document),
                TranslationLinker.text(
                        document.article().title(), document.article().body()));
    }

    /** How many articles were kept per IST day (yyyy-MM-dd). */
    synchronized Map<String, Integer> articlesPerDay() {
        Map<String, Integer> perDay = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            perDay.merge(LocalDate.ofEpochDay(days[i]).toString(), 1, Integer::sum);
        }
        return perDay;
    }

    /** The kept articles published on {@code wanted} days, in the order they were sent; the last of a repeated id wins. */
    synchronized Map<String, Facts> on(Set<LocalDate> wanted) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        Set<Integer> epochDays = new HashSet<>();
        wanted.forEach(d -> epochDays.add((int) d.toEpochDay()));
        Map<String, Facts> found = new LinkedHashMap<>();
        try {
            out.flush();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer length = ByteBuffer.allocate(4);
                for (int i = 0; i < count; i++) {
                    if (!epochDays.contains(days[i])) {
                        continue;
                    }
                    length.clear();
                    readFully(channel, length, offsets[i]);
                    ByteBuffer bytes = ByteBuffer.allocate(length.flip().getInt());
                    readFully(channel, bytes, offsets[i] + 4);
                    Facts facts = read(bytes.array(), LocalDate.ofEpochDay(days[i]));
                    found.remove(facts.id());
                    found.put(facts.id(), facts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (translation linking)", e);
        }
        return found;
    }

    @Override
    public synchronized void close() {
        if (file == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            // nothing to keep: the file goes
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    private static Facts read(byte[] bytes, LocalDate day) throws IOException {
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String id = readString(data);
            String lang = readString(data);
            OffsetDateTime published = OffsetDateTime.parse(readString(data));
            String releaseId = readString(data);
            int entityCount = data.readInt();
            Set<String> entities = new HashSet<>();
            for (int i = 0; i < entityCount; i++) {
                entities.add(readString(data));
            }
            return new Facts(
                    id, lang, published, day, releaseId.isEmpty() ? null : releaseId, entities, readString(data));
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    /** Length-prefixed UTF-8: unlike writeUTF, no 64 KB limit (an article body can be longer). */
    private static void writeString(DataOutputStream data, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        data.writeInt(utf8.length);
        data.write(utf8);
    }

    private static String readString(DataInputStream data) throws IOException {
        return new String(data.readNBytes(data.readInt()), StandardCharsets.UTF_8);
    }

    /** How many articles were kept. */
    synchronized int size() {
        return count;
    }
}
