package dev.samachar.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic corpus of realistic scraped pages for benchmarks: Hindi and English
 * articles in the site layouts Samachar reads (PIB, Jagran, NDTV, an English paper), with page
 * chrome, spelling variants of the same names, datelines and countries. The same seed and count
 * always give byte-identical files. Sentence templates use %1$s for the host, %2$s for the guest
 * and %3$s for the partner country.
 */
public final class CorpusGenerator {

    /** A person with the spellings papers use for them. */
    record Person(String[] latin, String[] devanagari, String role, String roleHi) {}

    record Country(String english, String[] hindi) {}

    private static final List<Person> PEOPLE = List.of(
            new Person(
                    new String[] {"Nurlan Yermekbayev", "Nurlan Ermekbayev"},
                    new String[] {"नूरलान यरमेकबायेव", "नुरलान येरमेकबायेव", "नूरलान यरमेकबेयेव"},
                    "Kazakh Defence Minister",
                    "कजाकिस्तान के रक्षा मंत्री"),
            new Person(
                    new String[] {"Sergei Shoigu"},
                    new String[] {"सर्गेई शोइगू"},
                    "Russian Defence Minister",
                    "रूस के रक्षा मंत्री"),
            new Person(
                    new String[] {"Rajnath Singh"}, new String[] {"राजनाथ सिंह"}, "Defence Minister", "रक्षा मंत्री"),
            new Person(
                    new String[] {"Nirmala Sitharaman"},
                    new String[] {"निर्मला सीतारमण"},
                    "Defence Minister",
                    "रक्षा मंत्री"),
            new Person(
                    new String[] {"S Jaishankar"},
                    new String[] {"एस जयशंकर"},
                    "External Affairs Minister",
                    "विदेश मंत्री"),
            new Person(
                    new String[] {"Denis Manturov"},
                    new String[] {"डेनिस मंटुरोव"},
                    "Russian Deputy Prime Minister",
                    "रूस के उपप्रधानमंत्री"),
            new Person(
                    new String[] {"Bakhodir Kurbanov"},
                    new String[] {"बखोदिर कुर्बानोव"},
                    "Uzbek Defence Minister",
                    "उज्बेकिस्तान के रक्षा मंत्री"),
            new Person(
                    new String[] {"Viktor Khrenin"},
                    new String[] {"विक्टर ख्रेनिन"},
                    "Belarusian Defence Minister",
                    "बेलारूस के रक्षा मंत्री"));

    private static final List<Country> COUNTRIES = List.of(
            new Country("Kazakhstan", new String[] {"कजाकिस्तान", "कज़ाकिस्तान", "कजाखस्तान"}),
            new Country("Russia", new String[] {"रूस"}),
            new Country("Uzbekistan", new String[] {"उज्बेकिस्तान", "उज़्बेकिस्तान"}),
            new Country("Belarus", new String[] {"बेलारूस"}),
            new Country("Lebanon", new String[] {"लेबनान"}),
            new Country("France", new String[] {"फ्रांस"}),
            new Country("Japan", new String[] {"जापान"}),
            new Country("Vietnam", new String[] {"वियतनाम"}),
            new Country("Armenia", new String[] {"आर्मेनिया"}),
            new Country("Mongolia", new String[] {"मंगोलिया"}));

    private static final String[] EN_SENTENCES = {
        "%1$s held wide-ranging talks with %2$s on defence industrial cooperation and joint production.",
        "Both sides reviewed the progress of military-technical cooperation between India and %3$s since the last meeting of the joint working group.",
        "The ministers agreed to expand joint military exercises, training exchanges and cooperation in United Nations peacekeeping.",
        "Officials said the delegation from %3$s would also visit defence shipyards and the facilities of Hindustan Aeronautics Limited.",
        "%2$s thanked the Indian side for the warm hospitality and invited the minister to visit %3$s later this year.",
        "The talks covered regional security, counter-terrorism cooperation and the situation in the wider region.",
        "A memorandum of understanding on cooperation in military education was signed in the presence of both ministers.",
        "Senior officers of the three services and the Defence Secretary were part of the delegation-level talks."
    };
    private static final String[] HI_SENTENCES = {
        "%1$s ने %2$s के साथ रक्षा औद्योगिक सहयोग और संयुक्त उत्पादन पर व्यापक बातचीत की।",
        "दोनों पक्षों ने भारत और %3$s के बीच सैन्य तकनीकी सहयोग की प्रगति की समीक्षा की।",
        "मंत्रियों ने संयुक्त सैन्य अभ्यास, प्रशिक्षण और संयुक्त राष्ट्र शांति अभियानों में सहयोग बढ़ाने पर सहमति जताई।",
        "अधिकारियों ने बताया कि %3$s का प्रतिनिधिमंडल रक्षा शिपयार्ड और हिंदुस्तान एयरोनॉटिक्स लिमिटेड की इकाइयों का दौरा भी करेगा।",
        "%2$s ने भारतीय पक्ष को गर्मजोशी भरे आतिथ्य के लिए धन्यवाद दिया और मंत्री को इस वर्ष %3$s आने का न्योता दिया।",
        "बातचीत में क्षेत्रीय सुरक्षा, आतंकवाद विरोधी सहयोग और क्षेत्र की स्थिति पर चर्चा हुई।",
        "दोनों मंत्रियों की उपस्थिति में सैन्य शिक्षा में सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर किए गए।",
        "तीनों सेनाओं के वरिष्ठ अधिकारी और रक्षा सचिव भी प्रतिनिधिमंडल स्तर की वार्ता में शामिल हुए।"
    };
    private static final String[] HI_MONTHS = {
        "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"
    };

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} articles into {@code dir} (created), spread over subfolders of 1,000. */
    public List<Path> write(Path dir, int count) throws IOException {
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
            Files.createDirectories(folder);
            int layout = random.nextInt(4);
            String name = String.format(
                    Locale.ROOT, "%06d-%s.txt", i, new String[] {"pib-en", "pib-hi", "jagran-hi", "paper-en"}[layout]);
            Path file = folder.resolve(name);
            Files.writeString(file, article(layout, i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    String article(int layout, int serial) {
        Person host = pick(PEOPLE);
        Person guest = pick(PEOPLE);
        Country country = pick(COUNTRIES);
        LocalDate day = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3400));
        LocalTime time = LocalTime.of(8 + random.nextInt(12), random.nextInt(60));
        return switch (layout) {
            case 0 -> pibEnglish(host, guest, country, day, time, serial);
            case 1 -> pibHindi(host, guest, country, day, time, serial);
            case 2 -> jagran(host, guest, country, day, time);
            default -> paperEnglish(host, guest, country, day, time);
        };
    }

    private String pibEnglish(Person host, Person guest, Country country, LocalDate day, LocalTime time, int serial) {
        StringBuilder page = new StringBuilder("      Ministry of Defence\n\n      ");
        page.append(pick(host.latin()))
                .append(" holds talks with ")
                .append(guest.role())
                .append(' ')
                .append(pick(guest.latin()))
                .append(" on cooperation with ")
                .append(country.english())
                .append('\n');
        page.append("      Posted On: ")
                .append(day.format(DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH))
                        .toUpperCase(Locale.ROOT))
                .append(' ')
                .append(time.format(DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH)))
                .append(" by PIB Delhi\n\n\n");
        englishBody(page, host, guest, country, 4);
        page.append("    ABB/Nampi/KA/DK/Savvy\n\n    (Release ID: ")
                .append(1_500_000 + serial)
                .append(") Visitor Counter : ")
                .append(random.nextInt(3000))
                .append('\n');
        return page.toString();
    }

    private String pibHindi(Person host, Person guest, Country country, LocalDate day, LocalTime time, int serial) {
        StringBuilder page = new StringBuilder("      रक्षा मंत्रालय\n\n      ");
        page.append(pick(host.devanagari()))
                .append(" ने ")
                .append(guest.roleHi())
                .append(' ')
                .append(pick(guest.devanagari()))
                .append(" के साथ ")
                .append(pick(country.hindi()))
                .append(" से सहयोग पर वार्ता की\n");
        page.append("      Posted On: ")
                .append(day.format(DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH))
                        .toUpperCase(Locale.ROOT))
                .append(' ')
                .append(time.format(DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH)))
                .append(" by PIB Delhi\n\n\n");
        hindiBody(page, host, guest, country, 3);
        page.append("    आर.के.मीणा/अर्चना/जेके/सीएल-")
                .append(10_000 + serial % 90_000)
                .append("\n\n    (Release ID: ")
                .append(1_600_000 + serial)
                .append(") Visitor Counter : ")
                .append(random.nextInt(3000))
                .append('\n');
        return page.toString();
    }

    private String jagran(Person host, Person guest, Country country, LocalDate day, LocalTime time) {
        String title = pick(country.hindi()) + " के साथ रक्षा साझेदारी पर " + pick(host.devanagari()) + " और "
                + pick(guest.devanagari()) + " की बैठक";
        String summary = pick(host.devanagari()) + " ने शुक्रवार को " + pick(guest.devanagari()) + " के साथ बैठक की।";
        String stamp = String.format(
                Locale.ROOT,
                "%s, %02d %s %d %s (IST)",
                day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                day.getDayOfMonth(),
                day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                day.getYear(),
                time.format(DateTimeFormatter.ofPattern("hh:mm a", Locale.ENGLISH)));
        StringBuilder page = new StringBuilder();
        page.append(title)
                .append("\n\n")
                .append(summary)
                .append("\n\nBy Ravi ShankarEdited By: Publish:")
                .append(stamp)
                .append(" Updated:")
                .append(stamp)
                .append('\n')
                .append(title)
                .append('\n')
                .append(summary)
                .append("\n\nनई दिल्ली, पीटीआइ। ");
        hindiBody(page, host, guest, country, 3);
        page.append("यह भी पढ़ें: ")
                .append(pick(COUNTRIES).hindi()[0])
                .append(" में भूकंप के तेज झटके, कई उड़ानें रद\n\n");
        hindiBody(page, guest, host, country, 1);
        page.append("chat bot\nआपका साथी");
        return page.toString();
    }

    private String paperEnglish(Person host, Person guest, Country country, LocalDate day, LocalTime time) {
        StringBuilder page = new StringBuilder("Home / India / Defence\n\n");
        page.append(pick(host.latin()))
                .append(", ")
                .append(pick(guest.latin()))
                .append(" discuss defence ties with ")
                .append(country.english())
                .append("\n\nBy PTI\nPublished: ")
                .append(day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)))
                .append(' ')
                .append(time.format(DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH)))
                .append(" IST\n\nShare this article\n\n")
                .append("New Delhi, (PTI) ");
        englishBody(page, host, guest, country, 4);
        page.append("Also Read: ")
                .append(pick(COUNTRIES).english())
                .append(" announces new visa rules for students\n\n");
        englishBody(page, guest, host, country, 1);
        page.append("Follow us on Twitter\nDownload the app for the latest news\n");
        return page.toString();
    }

    private void englishBody(StringBuilder page, Person host, Person guest, Country country, int paragraphs) {
        for (int p = 0; p < paragraphs; p++) {
            page.append("    ");
            for (int s = 0; s < 3; s++) {
                String template = pick(EN_SENTENCES);
                page.append(String.format(
                                Locale.ROOT, template, pick(host.latin()), pick(guest.latin()), country.english()))
                        .append(' ');
            }
            page.append("\n\n");
        }
    }

    private void hindiBody(StringBuilder page, Person host, Person guest, Country country, int paragraphs) {
        for (int p = 0; p < paragraphs; p++) {
            page.append("    ");
            for (int s = 0; s < 3; s++) {
                String template = pick(HI_SENTENCES);
                page.append(String.format(
                                Locale.ROOT,
                                template,
                                pick(host.devanagari()),
                                pick(guest.devanagari()),
                                pick(country.hindi())))
                        .append(' ');
            }
            if (random.nextInt(4) == 0) {
                page.append(random.nextInt(28) + 1)
                        .append(' ')
                        .append(pick(HI_MONTHS))
                        .append(" को यह बैठक हुई।");
            }
            page.append("\n\n");
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
