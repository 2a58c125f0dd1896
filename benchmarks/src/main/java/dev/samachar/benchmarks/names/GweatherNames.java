package dev.samachar.benchmarks.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * English/Hindi place-name pairs from libgweather (Debian package libgweather-4-common): the names
 * of the {@code country}, {@code state}, {@code city} and {@code location} elements of
 * {@code Locations.xml} and their translations in the Hindi catalogue
 * {@code libgweather-4.0-locations.mo}. A translatable name is {@code <_name>}, optionally with a
 * {@code msgctxt} attribute (looked up as {@code msgctxt U+0004 name}); an untranslatable
 * {@code <name>} (mostly airport stations) is looked up without a context and kept when the
 * catalogue happens to translate the same string. Each name carries the ISO code of its country
 * ({@code <iso-code>} of the enclosing {@code country}). Names without a Hindi translation, or
 * whose translation has no Devanagari, are left out; the list keeps the file's order.
 */
public final class GweatherNames {

    public static final Path LOCATIONS = Path.of("usr", "share", "libgweather-4", "Locations.xml");
    public static final Path CATALOGUE =
            Path.of("usr", "share", "locale", "hi", "LC_MESSAGES", "libgweather-4.0-locations.mo");

    private static final Set<String> NAMED = Set.of("country", "state", "city", "location");

    private GweatherNames() {}

    /** A name of the XML with its context attribute and the element's country. */
    private static final class Entry {
        final String name;
        final String context;
        final String[] country;

        Entry(String name, String context, String[] country) {
            this.name = name;
            this.context = context;
            this.country = country;
        }
    }

    /** Reads {@link #LOCATIONS} and {@link #CATALOGUE} under an unpacked libgweather-4-common. */
    public static List<NamePair> read(Path root) throws IOException {
        MoCatalog hindi = MoCatalog.read(root.resolve(CATALOGUE));
        try (InputStream in = Files.newInputStream(root.resolve(LOCATIONS))) {
            return pairs(in, hindi);
        }
    }

    static List<NamePair> pairs(InputStream xml, MoCatalog hindi) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
            Deque<String> path = new ArrayDeque<>();
            Deque<String[]> countries = new ArrayDeque<>(); // the iso code of each open country, filled in later
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = r.getLocalName();
                    String parent = path.peek();
                    if (element.equals("country")) {
                        countries.push(new String[] {""});
                    }
                    if ((element.equals("name") || element.equals("_name"))
                            && parent != null
                            && NAMED.contains(parent)) {
                        String context = element.equals("_name") ? r.getAttributeValue(null, "msgctxt") : null;
                        String name = r.getElementText().strip(); // leaves the reader on the end tag
                        String[] country = countries.isEmpty() ? new String[] {""} : countries.peek();
                        entries.add(new Entry(name, element.equals("_name") ? context : null, country));
                        continue;
                    }
                    if (element.equals("iso-code") && "country".equals(parent) && !countries.isEmpty()) {
                        countries.peek()[0] = r.getElementText().strip();
                        continue;
                    }
                    path.push(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = path.pop();
                    if (element.equals("country")) {
                        countries.pop();
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse Locations.xml: " + e.getMessage(), e);
        }
        List<NamePair> pairs = new ArrayList<>();
        for (Entry e : entries) {
            String translation = hindi.translate(e.context, e.name);
            if (translation != null && Scripts.hasDevanagari(translation) && Scripts.hasLatin(e.name)) {
                pairs.add(new NamePair(e.name, translation.strip(), NamePair.GWEATHER, e.country[0]));
            }
        }
        return pairs;
    }
}
