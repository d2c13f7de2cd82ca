package io.newsweave.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The article texts of a CoNLL-2002 file (one token a line, the token first; a blank line between
 * sentences): one sentence a line, tokens joined by a space except before closing and after
 * opening punctuation. Articles are split at {@code -DOCSTART-} lines (the Dutch files); a file
 * without them (the Spanish EFE files) is split before each dateline, the sentence that a
 * sentence of a lone dash follows ("Sao Paulo ( Brasil ) , 23 may ( EFECOM ) ." then "-").
 * Ignores the tags. Stateless.
 */
final class ConllDocuments {

    private static final String CLOSING = ",.;:)?!»%]";
    private static final String OPENING = "(¿¡«[";

    private ConllDocuments() {
    }

    /** The articles of {@code file}, in order, as records of {@code <file name>.jsonl} in {@code language}. */
    static List<DatasetArticles.Record> read(Path file, String language) throws IOException {
        String name = file.getFileName().toString();
        List<String> texts = texts(EntityEval.lines(file));
        List<DatasetArticles.Record> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new DatasetArticles.Record(name + ".jsonl", name + " article " + (i + 1), null, texts.get(i), null, language));
        }
        return out;
    }

    /** The article texts of the lines of one file; no empty ones. */
    static List<String> texts(List<String> lines) {
        List<List<String>> sentences = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(List.of(0));
        boolean marked = false;
        List<String> sentence = new ArrayList<>();
        for (String line : lines) {
            String token = line.strip().split(" ", 2)[0];
            if (line.isBlank() || token.equals("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (token.equals("-DOCSTART-")) {
                    marked = true;
                    starts.add(sentences.size());
                }
            } else {
                sentence.add(token);
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        if (!marked) {
            for (int i = 1; i + 1 < sentences.size(); i++) {
                if (sentences.get(i + 1).equals(List.of("-"))) {
                    starts.add(i);
                }
            }
        }
        starts.add(sentences.size());
        List<String> texts = new ArrayList<>();
        for (int k = 0; k + 1 < starts.size(); k++) {
            StringBuilder text = new StringBuilder();
            for (List<String> s : sentences.subList(starts.get(k), starts.get(k + 1))) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(join(s));
            }
            if (!text.isEmpty()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }

    private static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        boolean glue = true;
        for (String t : tokens) {
            if (!glue && !(t.length() == 1 && CLOSING.indexOf(t.charAt(0)) >= 0)) {
                sb.append(' ');
            }
            sb.append(t);
            glue = t.length() == 1 && OPENING.indexOf(t.charAt(0)) >= 0;
        }
        return sb.toString();
    }
}
