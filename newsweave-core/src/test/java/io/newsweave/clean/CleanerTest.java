package io.newsweave.clean;

import io.newsweave.model.Declared;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerTest {

    private final Cleaner cleaner = Cleaner.standard();

    private CleanDocument text(String content) {
        return cleaner.clean(new RawDocument(Origin.file("t.txt"), RawDocument.Kind.TEXT, content, null));
    }

    private static final String SPANISH = """
             date 2026-02-02 El alcalde, Juan Pérez (izq.), durante la inauguración (EFE / Ana López)

            El Ayuntamiento inaugura el nuevo tranvía de Zaragoza

            El alcalde de Zaragoza inauguró este lunes la nueva línea de tranvía, que unirá el centro con el aeropuerto en veinte minutos.

            La obra ha costado 120 millones de euros y ha durado tres años.

            "Es un día histórico para la ciudad", dijo el alcalde ante cientos de vecinos.

            No olvides compartir esta noticia con tus amigos
            Compartir en Facebook
            Compartir en WhatsApp
            Imprimir
            """;

    @Test
    void spanishArticleLosesItsCaptionShareButtonsAndCallToShare() {
        CleanDocument doc = text(SPANISH);
        assertThat(doc.declaredPublished()).isEqualTo("2026-02-02");
        assertThat(doc.publishedProvenance()).isEqualTo(Provenance.HEADER);
        assertThat(doc.title()).isEqualTo("El Ayuntamiento inaugura el nuevo tranvía de Zaragoza");
        assertThat(doc.titleFound()).isTrue();
        assertThat(doc.paragraphs()).containsExactly(
                "El alcalde de Zaragoza inauguró este lunes la nueva línea de tranvía, que unirá el centro con el aeropuerto en veinte minutos.",
                "La obra ha costado 120 millones de euros y ha durado tres años.",
                "\"Es un día histórico para la ciudad\", dijo el alcalde ante cientos de vecinos.");
    }

    @Test
    void germanTagListAndTeaserAtTheEndAreDroppedButIntertitlesStay() {
        CleanDocument doc = text("""
                Bahnstreik legt Fernverkehr lahm

                Ein Streik der Lokführer hat am Mittwoch den Fernverkehr in ganz Deutschland weitgehend lahmgelegt.

                Verhandlungen gescheitert

                Die Gewerkschaft hatte die Gespräche mit der Bahn am Vortag für gescheitert erklärt.

                Politik
                Wie geht es im Tarifstreit weiter?
                • Bahn
                • Streik
                • Teilen
                """);
        assertThat(doc.title()).isEqualTo("Bahnstreik legt Fernverkehr lahm");
        assertThat(doc.paragraphs()).containsExactly(
                "Ein Streik der Lokführer hat am Mittwoch den Fernverkehr in ganz Deutschland weitgehend lahmgelegt.",
                "Verhandlungen gescheitert",
                "Die Gewerkschaft hatte die Gespräche mit der Bahn am Vortag für gescheitert erklärt.");
        assertThat(doc.dropped()).contains("Wie geht es im Tarifstreit weiter?", "• Bahn");
    }

    @Test
    void tweetResidueAndEmojiLinesAreDropped() {
        CleanDocument doc = text("""
                The minister resigned on Friday after weeks of pressure.

                "I leave with my head high," she wrote.

                pic.twitter.com/AbCdEf123
                — Jane Reporter (@janereports) March 3, 2026
                🔴🔴
                The opposition welcomed the decision.
                """);
        assertThat(doc.body()).doesNotContain("pic.twitter").doesNotContain("@janereports").doesNotContain("🔴");
        assertThat(doc.paragraphs()).contains("The opposition welcomed the decision.");
        assertThat(doc.dropped()).contains("— Jane Reporter (@janereports) March 3, 2026");
    }

    private CleanDocument body(String content) {
        return cleaner.clean(new RawDocument(Origin.file("b.jsonl"), RawDocument.Kind.BODY, content, null));
    }

    @Test
    void aLongParagraphQuotingATweetLinkIsProseNotResidue() {
        String paragraph = "The mayor of Eastbridge announced on Tuesday that the old harbour bridge will close for repairs."
                + " She posted a photo of the cracked pillars pic.twitter.com/Xy12Ab34 and said the work would take a year."
                + " Ferry services will run every twenty minutes instead, and the council has promised to cover the extra fares"
                + " for residents until the bridge reopens, according to a statement published after the meeting of the council."
                + " Shop owners on the quay said they feared losing customers during the busy summer months ahead.";
        assertThat(paragraph.length()).isGreaterThan(LineRules.CAPTION_MAX);
        assertThat(body(paragraph).body()).contains("cracked pillars");
    }

    @Test
    void aLongParagraphOpeningWithAPhotoCreditIsProseNotACaption() {
        String paragraph = "Credit: Eastbridge Gazette/Anna Berg EASTBRIDGE | Tue Mar 3, 2026 (Gazette) - The old harbour bridge"
                + " will close for repairs next month, the mayor said on Tuesday, after engineers found cracks in two of its"
                + " pillars. Ferry services will run every twenty minutes instead, and the council has promised to cover the"
                + " extra fares for residents until the bridge reopens. Shop owners on the quay said they feared losing"
                + " customers during the busy summer months, when most visitors arrive by the coastal road.";
        assertThat(paragraph.length()).isGreaterThan(LineRules.CAPTION_MAX);
        assertThat(body(paragraph).body()).contains("cracks in two of its pillars");
        assertThat(text("Credit: Eastbridge Gazette/Anna Berg\n\nThe bridge closed on Tuesday.").dropped())
                .contains("Credit: Eastbridge Gazette/Anna Berg");
    }

    @Test
    void aShortArticleWithAnAcronymInParenthesesAndAnAgencySignOffIsKept() {
        CleanDocument doc = text("""
                Council approves the bridge repairs

                The regional council (RC) approved the repair plan for the harbour bridge on Tuesday. Work starts in May \
                and should end before winter. (EBG, RC)
                """);
        assertThat(doc.paragraphs()).hasSize(1);
        assertThat(doc.body()).startsWith("The regional council (RC) approved");
        assertThat(text("The mayor (L) and her deputy at the harbour (EBG)\n\nThe bridge closed on Tuesday.").dropped())
                .as("a one-phrase caption still goes").contains("The mayor (L) and her deputy at the harbour (EBG)");
    }

    @Test
    void aCaptionClosedByItsCreditAfterAFullStopIsDroppedAndIsNoHeadline() {
        String caption = "The mayor of Eastbridge (right) and her deputy at the harbour in September. Pool / EBG (HARBOURPIX)";
        CleanDocument doc = text(caption + "\n\nThe council approved the repair plan for the harbour bridge on Tuesday.\n\n"
                + "Work starts in May and should end before winter.");
        assertThat(doc.dropped()).contains(caption);
        assertThat(doc.title()).isEqualTo("The council approved the repair plan for the harbour bridge on Tuesday.");
        assertThat(doc.titleFound()).isFalse();
        // no position marker, or two sentences before the credit: prose signed off by an agency, kept
        assertThat(LineRules.isCaption("The mayor met her deputy at the harbour in September. Pool / EBG (HARBOURPIX)")).isFalse();
        assertThat(LineRules.isCaption("The mayor (right) spoke. She left early. Pool / EBG (HARBOURPIX)")).isFalse();
        assertThat(LineRules.isCaption("The mayor (right) spoke on Tuesday. She said the work starts in May")).isFalse();
        assertThat(LineRules.isCaption("The mayor (L) spoke on Tuesday. EBG")).isTrue();
    }

    @Test
    void chineseFullStopsEndSentencesSoAParagraphWithAnAcronymIsNotACaption() {
        String paragraph = "东桥市议会周二批准了港口大桥的维修计划。市长表示，工程将于五月开始 (EBG) 并在冬季之前完成。渡轮将每二十分钟一班。";
        assertThat(body(paragraph).paragraphs()).containsExactly(paragraph);
        assertThat(LineRules.endsSentence("他说：“工程将于五月开始。”")).isTrue();
        assertThat(LineRules.endsSentence("هل ستفتح الجسر؟")).isTrue();
    }

    @Test
    void withoutAHeadlineTheTitleIsTheLeadSentenceAndTheLeadStays() {
        CleanDocument doc = text("The central bank raised rates on Thursday. Markets fell sharply.\n\nAnalysts had expected the move.");
        assertThat(doc.titleFound()).isFalse();
        assertThat(doc.title()).isEqualTo("The central bank raised rates on Thursday.");
        assertThat(doc.paragraphs()).hasSize(2);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        CleanDocument doc = text("""
                Flood warning for the Danube

                Authorities in Vienna issued a flood warning on Sunday as the level
                of the Danube kept rising after three days of heavy rain across the
                Alps, and asked residents of low-lying districts to stay alert.

                Schools will stay open.
                """);
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.paragraphs().get(0)).startsWith("Authorities in Vienna").endsWith("stay alert.");
    }

    @Test
    void unicodeIsNormalized() {
        CleanDocument doc = text("Le\u00a0ministre a parlé\u202f: c\u2019est «\u00a0clair\u00a0»\u200b.\n\nDeuxième paragraphe du texte ici.");
        assertThat(doc.body()).contains("Le ministre a parlé : c'est « clair ».");
        assertThat(doc.body()).doesNotContain("\u00a0").doesNotContain("\u200b");
    }

    @Test
    void declaredTitleAndMetadataWinForBodies() {
        RawDocument raw = new RawDocument(new Origin("w.jsonl", 3), RawDocument.Kind.BODY,
                "Storm hits coast\n\nThe storm hit the coast on Monday.",
                new Declared("Storm hits coast", "https://example.invalid/a", "example.invalid", "2026-01-05", "en", null));
        CleanDocument doc = cleaner.clean(raw);
        assertThat(doc.title()).isEqualTo("Storm hits coast");
        assertThat(doc.paragraphs()).containsExactly("The storm hit the coast on Monday.");
        assertThat(doc.publishedProvenance()).isEqualTo(Provenance.METADATA);
    }

    @Test
    void emptyAndBlankInputGiveNoParagraphs() {
        assertThat(text("").paragraphs()).isEmpty();
        assertThat(text("   \n\n \t ").paragraphs()).isEmpty();
        assertThat(text("").title()).isEmpty();
        assertThat(cleaner.clean(new RawDocument(Origin.file("e.html"), RawDocument.Kind.HTML, "", null)).paragraphs()).isEmpty();
    }

    @Test
    void randomTextNeverThrowsAndNeverYieldsBlankParagraphs() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(2000);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                s.appendCodePoint(pick < 2 ? '\n' : pick < 3 ? ' ' : random.nextInt(pick < 6 ? 0x80 : 0x30000));
            }
            for (RawDocument.Kind kind : RawDocument.Kind.values()) {
                CleanDocument doc = cleaner.clean(new RawDocument(Origin.file("r"), kind, s.toString(), null));
                assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
            }
        }
    }
}
