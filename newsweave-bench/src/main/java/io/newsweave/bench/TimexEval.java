package io.newsweave.bench;

import io.newsweave.model.Timex;
import io.newsweave.time.PublicationDater;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Temporal tagging evaluation: reads TempEval-3 TimeML ({@code .tml}) files the way
 * {@code shared/eval/timeml.py} does (plain text of {@code TEXT}, leading and trailing blanks
 * removed, DCT) and the Spanish TimeBank in BIO form (tokens joined with spaces, no space before
 * closing punctuation), runs {@link PublicationDater#resolve} against each document's creation
 * date and scores with {@link TimexScore}. Not thread-safe per call; stateless.
 */
public final class TimexEval {

    /** All TIMEX3 types. */
    public static final Set<String> ALL = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Points in time only. */
    public static final Set<String> DATE_TIME = Set.of("DATE", "TIME");

    /** One document: identifier, creation date, plain text and gold timexes. */
    public record Doc(String id, LocalDate dct, String text, List<TimexScore.Gold> gold) {
    }

    private TimexEval() {
    }

    /** Scores {@code docs} over {@code types}, the time stage reading the language from the text itself. */
    public static TimexScore score(List<Doc> docs, Set<String> types) {
        return score(docs, types, null);
    }

    /**
     * Scores {@code docs} over {@code types}, the time stage told that they are in {@code language}
     * (ISO 639-1), as the ingest tells it what the language stage decided; {@code null}: not told.
     */
    public static TimexScore score(List<Doc> docs, Set<String> types, String language) {
        return score(docs, types, language, id -> true);
    }

    /**
     * {@link #score(List, Set, String)} of the documents whose {@link Doc#id() id} {@code ids}
     * accepts: a TimeML file's name without {@code .tml}, or {@code doc<n>} for the n-th document
     * (from 0) of a BIO file, as {@link #readBio} names them.
     */
    public static TimexScore score(List<Doc> docs, Set<String> types, String language, Predicate<String> ids) {
        PublicationDater dater = new PublicationDater();
        TimexScore total = new TimexScore(0, 0, 0, 0, 0);
        for (Doc d : docs) {
            if (!ids.test(d.id())) {
                continue;
            }
            total = total.plus(TimexScore.of(d.gold(), dater.resolve(d.text(), d.dct(), language), types));
        }
        return total;
    }

    /** The {@code .tml} files of a directory, in name order. */
    public static List<Doc> readTimeMl(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path p : files) {
            docs.add(timeMl(p));
        }
        return docs;
    }

    static Doc timeMl(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replaceAll("<\\?xml[^>]*\\?>", "");
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(raw)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        String dct = "";
        var dcts = root.getElementsByTagName("DCT");
        for (int i = 0; i < dcts.getLength(); i++) {
            var tx = ((Element) dcts.item(i)).getElementsByTagName("TIMEX3");
            for (int k = 0; k < tx.getLength(); k++) {
                dct = ((Element) tx.item(k)).getAttribute("value");
            }
        }
        StringBuilder sb = new StringBuilder();
        List<TimexScore.Gold> spans = new ArrayList<>();
        walk(root.getElementsByTagName("TEXT").item(0), sb, spans);
        String text = sb.toString();
        String stripped = text.strip();
        int lead = stripped.isEmpty() ? 0 : text.indexOf(stripped);
        List<TimexScore.Gold> gold = spans.stream()
                .map(g -> new TimexScore.Gold(g.start() - lead, g.end() - lead, g.type(), g.value())).toList();
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return new Doc(id, LocalDate.parse(dct.substring(0, 10)), stripped, gold);
    }

    private static void walk(Node n, StringBuilder sb, List<TimexScore.Gold> spans) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                if (e.getTagName().equals("TIMEX3")) {
                    int start = sb.length();
                    sb.append(e.getTextContent());
                    spans.add(new TimexScore.Gold(start, sb.length(), e.getAttribute("type"), e.getAttribute("value")));
                } else {
                    walk(e, sb, spans);
                }
            }
        }
    }

    /**
     * The Spanish TimeBank in BIO form: {@code token TAB B-TYPE|I-TYPE|O TAB value}, a blank line
     * between sentences, each document opened by {@code *!-DCTVALUE="YYYY-MM-DD"-!*}.
     */
    public static List<Doc> readBio(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        BioBuilder b = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].startsWith("*!-DCTVALUE=\"")) {
                if (b != null) {
                    docs.add(b.build());
                }
                b = new BioBuilder("doc" + docs.size(), LocalDate.parse(f[0].substring(13, 23)));
            } else if (b != null) {
                if (f.length < 3 || f[0].isEmpty()) {
                    b.sentenceEnd();
                } else {
                    b.token(f[0], f[1], f[2]);
                }
            }
        }
        if (b != null) {
            docs.add(b.build());
        }
        return docs;
    }

    private static final class BioBuilder {
        private final String id;
        private final LocalDate dct;
        private final StringBuilder sb = new StringBuilder();
        private final List<TimexScore.Gold> gold = new ArrayList<>();
        private int openStart = -1;
        private String openType;
        private String openValue;
        private boolean glue;

        BioBuilder(String id, LocalDate dct) {
            this.id = id;
            this.dct = dct;
        }

        void token(String tok, String bio, String value) {
            if (!bio.startsWith("I-")) {
                close();
            }
            boolean noSpace = glue || sb.isEmpty() || sb.charAt(sb.length() - 1) == '\n'
                    || (tok.length() == 1 && ",.;:)?!»".indexOf(tok.charAt(0)) >= 0);
            if (!noSpace) {
                sb.append(' ');
            }
            if (bio.startsWith("B-")) {
                openStart = sb.length();
                openType = bio.substring(2);
                openValue = value;
            }
            sb.append(tok);
            glue = tok.length() == 1 && "(¿¡«".indexOf(tok.charAt(0)) >= 0;
        }

        void sentenceEnd() {
            close();
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }

        private void close() {
            if (openStart >= 0) {
                gold.add(new TimexScore.Gold(openStart, sb.length(), openType, openValue));
                openStart = -1;
            }
        }

        Doc build() {
            close();
            return new Doc(id, dct, sb.toString(), List.copyOf(gold));
        }
    }

    /** Prints the scores of a TimeML directory or a BIO file: {@code TimexEval PATH}. */
    public static void main(String[] args) throws IOException {
        Path p = Path.of(args[0]);
        List<Doc> docs = Files.isDirectory(p) ? readTimeMl(p) : readBio(p);
        System.out.println("all types: " + score(docs, ALL));
        System.out.println("DATE+TIME: " + score(docs, DATE_TIME));
        if (args.length > 1) {
            dump(docs, Set.of(args[1].split(",")));
        }
    }

    /** Error categories for development: prints missed, spurious and wrong-value timexes as shapes. */
    private static void dump(List<Doc> docs, Set<String> what) {
        PublicationDater dater = new PublicationDater();
        for (Doc d : docs) {
            List<Timex> sys = dater.resolve(d.text(), d.dct());
            for (TimexScore.Gold g : d.gold()) {
                Timex m = sys.stream().filter(s -> s.start() < g.end() && s.end() > g.start()).findFirst().orElse(null);
                String gt = d.text().substring(g.start(), g.end());
                if (m == null && what.contains("miss")) {
                    System.out.println("MISS\t" + g.type() + "\t" + gt + "\t" + g.value());
                } else if (m != null && what.contains("span") && (m.start() != g.start() || m.end() != g.end())) {
                    System.out.println("SPAN\t" + gt + "\t|" + m.text());
                } else if (m != null && what.contains("value") && !m.value().equals(g.value())) {
                    System.out.println("VALUE\t" + d.dct() + "\t" + gt + "\t" + g.value() + "\t" + m.value());
                }
            }
            for (Timex s : sys) {
                boolean hit = d.gold().stream().anyMatch(g -> s.start() < g.end() && s.end() > g.start());
                if (!hit && what.contains("spurious")) {
                    System.out.println("SPURIOUS\t" + s.text() + "\t" + s.value());
                }
            }
        }
    }
}
