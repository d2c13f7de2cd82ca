package io.newsweave.clean;

import java.util.List;
import java.util.Set;

/**
 * Decides, line by line, what is page clutter. {@link Verdict#CLUTTER} lines go wherever they are;
 * {@link Verdict#SOFT} lines (section labels, teaser headlines, short tags) go only in the trailing
 * page chrome after the last news paragraph, since inside the body the same shape is an
 * intertitle. Stateless and thread-safe.
 */
final class LineRules {

    enum Verdict { KEEP, SOFT, CLUTTER }

    /** Share, print, comment and save buttons, alone on their line (a little slack for counts). */
    private static final PhraseList BUTTONS = new PhraseList(List.of(
            "share", "share on *", "share via *", "share this", "share this article", "share article", "# share",
            "# shares", "# comment", "# comments", "comment", "comments", "send by mail", "send by email", "email",
            "e mail", "print", "print this", "print article", "save", "save article", "copy link", "copy url",
            "tweet", "whatsapp", "facebook", "twitter", "x", "linkedin", "pinterest", "flipboard", "messenger",
            "telegram", "reddit", "report an error", "report error", "leave a comment", "add comment",
            "partager", "partager sur *", "partager par *", "# partages", "# commentaire", "# commentaires",
            "commenter", "imprimer", "envoyer par mail", "envoyer par e mail", "copier le lien", "sauvegarder",
            "enregistrer", "signaler une erreur", "reagir", "compartir", "compartir en *", "imprimir",
            "enviar por correo", "enviar por email", "# comentarios", "comentar", "guardar", "copiar enlace",
            "teilen", "teilen auf *", "auf * teilen", "drucken", "kommentieren", "# kommentare", "merken",
            "link kopieren", "per mail teilen", "per e mail teilen", "condividi", "condividi su *", "stampa",
            "commenta", "# commenti", "salva", "partilhar", "partilhe", "imprimir artigo", "comentar artigo",
            "listen", "listen to this article", "ecouter", "ecouter cet article", "escuchar", "anhoren",
            "follow", "subscribe", "sign in", "log in", "s abonner", "se connecter", "suscribirse", "abonnieren"));

    /** Calls to action and teaser labels that disqualify a short line wherever they occur in it. */
    private static final PhraseList CALLS = new PhraseList(List.of(
            "don t forget to share", "do not forget to share", "share this article", "share this story",
            "share the article", "follow us on", "subscribe to our newsletter", "sign up for our newsletter",
            "sign up to our newsletter", "read also", "read more", "see also", "related articles", "related stories",
            "click here", "n oubliez pas de partager", "partagez cet article", "partagez l article", "suivez nous sur",
            "abonnez vous a", "inscrivez vous a notre newsletter", "lire aussi", "a lire aussi", "voir aussi",
            "lire la suite", "articles lies", "sur le meme sujet", "no olvides compartir", "comparte esta noticia",
            "comparte este articulo", "siguenos en", "suscribete a", "lee tambien", "leer mas", "te puede interesar",
            "noticias relacionadas", "vergessen sie nicht zu teilen", "teilen sie diesen artikel", "folgen sie uns",
            "abonnieren sie", "lesen sie auch", "mehr zum thema", "weiterlesen", "non dimenticare di condividere",
            "condividi questo articolo", "seguici su", "leggi anche", "articoli correlati", "nao se esqueca de partilhar",
            "compartilhe este artigo", "siga nos", "leia tambem", "leia mais", "all rights reserved",
            "tous droits reserves", "todos los derechos reservados", "alle rechte vorbehalten"));

    /** Words that make a parenthesized group a photo credit or a position marker. */
    private static final Set<String> CREDIT_WORDS = Set.of(
            "afp", "reuters", "ap", "getty", "images", "epa", "efe", "dpa", "pool", "abaca", "photo", "photos", "foto",
            "fotos", "archives", "archive", "file", "sputnik", "tass", "xinhua", "ansa", "anadolu", "shutterstock",
            "istock", "picture", "alliance", "imago", "bloomberg", "handout", "ria", "novosti", "credit", "credits",
            "l", "r", "c", "left", "right", "center", "centre", "g", "d", "gauche", "droite", "izq", "izquierda",
            "der", "derecha", "links", "rechts", "mitte", "sx", "dx");

    /**
     * The longest line that can be a caption or a tweet's residue; a longer one is prose, even
     * when it begins with a credit or quotes a tweet's link.
     */
    static final int CAPTION_MAX = 400;

    /** Characters that end a sentence: Latin, CJK (full and half width), Arabic, Urdu and Devanagari. */
    private static final String SENTENCE_ENDS = ".!…?;。．｡！？；؟۔।॥";

    private LineRules() {
    }

    static Verdict judge(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || !hasLetterOrDigit(trimmed)) {
            return Verdict.CLUTTER;
        }
        if (isSocialResidue(trimmed)) {
            return Verdict.CLUTTER;
        }
        String unbulleted = stripBullet(trimmed);
        List<String> tokens = LineTokens.of(unbulleted);
        if (tokens.isEmpty()) {
            return Verdict.CLUTTER;
        }
        if (tokens.size() <= 8 && BUTTONS.matchesWhole(tokens, 1)) {
            return Verdict.CLUTTER;
        }
        if (tokens.size() <= 30 && CALLS.occursIn(tokens)) {
            return Verdict.CLUTTER;
        }
        if (isCaption(trimmed)) {
            return Verdict.CLUTTER;
        }
        boolean bullet = unbulleted.length() != trimmed.length();
        if (bullet && tokens.size() <= 5 && !endsSentence(trimmed)) {
            return Verdict.SOFT;
        }
        if (isHeadlineShaped(trimmed, tokens)) {
            return Verdict.SOFT;
        }
        return Verdict.KEEP;
    }

    /** A line that reads like a headline or label: short, and not ending a sentence (or a question). */
    static boolean isHeadlineShaped(String line, List<String> tokens) {
        if (tokens.size() > 30 || line.length() > 220) {
            return false;
        }
        char last = lastNonQuote(line);
        return !endsSentence(line) || last == '?' || last == ':';
    }

    static boolean endsSentence(String line) {
        return SENTENCE_ENDS.indexOf(lastNonQuote(line)) >= 0;
    }

    /** Whether a sentence ends inside {@code text}: a sentence end followed by a space, or a CJK full stop anywhere. */
    static boolean hasSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return true;
            }
            if (SENTENCE_ENDS.indexOf(c) >= 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static char lastNonQuote(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!isClosingMark(c) && c != ' ') {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '»' || c == '“' || c == '«' || c == ')' || c == '’'
                || c == '」' || c == '』' || c == '）';
    }

    /** "pic.twitter.com/..." lines (a tweet's length) and "— Name (@handle) date" tweet signatures. */
    static boolean isSocialResidue(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://t.co/") || lower.startsWith("http://t.co/")
                || line.length() <= CAPTION_MAX && lower.contains("pic.twitter.com/")) {
            return true;
        }
        if (line.length() > 160) {
            return false;
        }
        char first = line.charAt(0);
        boolean dashed = first == '-' || first == '—' || first == '–';
        int at = line.indexOf("(@");
        return dashed && at > 0 && line.indexOf(')', at) > at;
    }

    /**
     * A photo caption: a line of at most {@link #CAPTION_MAX} characters that starts with
     * "Photo:", "©" and the like, or that is one sentence (no sentence end inside it) with a
     * parenthesized credit or position marker ("(AFP / Pool)", "(L)", "(GTRES)") and either closes
     * with a parenthesis or does not end a sentence. A line of two sentences or more is prose: a
     * short article with an acronym in parentheses and an agency sign-off is no caption.
     */
    static boolean isCaption(String line) {
        if (line.length() > CAPTION_MAX) {
            return false;
        }
        String lower = LineTokens.fold(line);
        if (lower.startsWith("photo:") || lower.startsWith("photo :") || lower.startsWith("foto:")
                || lower.startsWith("©") || lower.startsWith("credit:") || lower.startsWith("credit :")
                || lower.startsWith("bildquelle") || lower.startsWith("image:")) {
            return true;
        }
        if (hasSentenceEnd(line)) {
            return captionWithCreditTail(line);
        }
        boolean creditGroup = false;
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                String inside = line.substring(open + 1, i);
                if (isCredit(inside) && !endsSentence(line.substring(0, open).strip())) {
                    creditGroup = true;
                }
                open = -1;
            }
        }
        if (!creditGroup) {
            return false;
        }
        return line.endsWith(")") || !endsSentence(line);
    }

    /** Position markers of a photo caption: "(right)", "(L)", "(izq.)". */
    private static final Set<String> POSITIONS = Set.of("l", "r", "c", "left", "right", "center", "centre", "g", "d", "gauche",
            "droite", "izq", "izquierda", "der", "derecha", "links", "rechts", "mitte", "sx", "dx", "from left", "de izq");

    /**
     * A caption closed by its credit after a full stop: one sentence holding a position marker
     * ("Joe Biden (right) and ... in September.") followed by nothing but the credit ("Pool / ABACA
     * (GTRES)"). An article paragraph signed off by an agency ("... said. (AFP)") has no position
     * marker and stays.
     */
    private static boolean captionWithCreditTail(String line) {
        int end = -1;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0 && Character.isWhitespace(line.charAt(i + 1))) {
                if (end >= 0) {
                    return false; // two sentences before the credit: prose
                }
                end = i;
            }
        }
        if (end < 0) {
            return false;
        }
        String head = line.substring(0, end + 1);
        String tail = line.substring(end + 1).strip();
        return hasPositionMarker(head) && isCreditTail(tail);
    }

    private static boolean hasPositionMarker(String text) {
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                return false;
            }
            String inside = LineTokens.fold(text.substring(open + 1, close)).replace(".", "").strip();
            if (POSITIONS.contains(inside)) {
                return true;
            }
            open = text.indexOf('(', close);
        }
        return false;
    }

    /** A short run of credit words, agency acronyms, slashes and parenthesized credits: "Pool / ABACA (GTRES)". */
    private static boolean isCreditTail(String tail) {
        if (tail.isEmpty() || tail.length() > 80) {
            return false;
        }
        List<String> tokens = LineTokens.of(tail);
        if (tokens.isEmpty() || tokens.size() > 6) {
            return false;
        }
        for (String word : tail.split("[\\s/()|,;-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean acronym = word.length() >= 2 && word.length() <= 12 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
            if (!acronym && !CREDIT_WORDS.contains(LineTokens.fold(word))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCredit(String inside) {
        String trimmed = inside.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            return false;
        }
        if (trimmed.contains("/") || trimmed.contains("©")) {
            return true;
        }
        List<String> tokens = LineTokens.of(trimmed);
        if (tokens.isEmpty()) {
            return false;
        }
        if (tokens.size() <= 3 && CREDIT_WORDS.containsAll(tokens)) {
            return true;
        }
        boolean upper = trimmed.length() >= 2 && trimmed.length() <= 12;
        for (int i = 0; i < trimmed.length() && upper; i++) {
            char c = trimmed.charAt(i);
            upper = Character.isUpperCase(c) || c == ' ' || c == '-' || c == '.';
        }
        return upper && tokens.size() <= 2;
    }

    static String stripBullet(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '•' || c == '·' || c == '▪' || c == '●' || c == '◦' || c == '*' || c == '►' || c == '▶' || c == ' ') {
                i++;
            } else {
                break;
            }
        }
        return line.substring(i);
    }

    private static boolean hasLetterOrDigit(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
