package io.newsweave.bench;

import java.util.List;
import java.util.Map;

/**
 * The small built-in vocabulary of one language that {@link SyntheticCorpus} writes articles
 * from: names, places, organizations, outlets, month and weekday names, headline and sentence
 * templates, and the page chrome of {@link HtmlPage}. All text is our own. Templates hold
 * placeholders: {@code {P}} the story's main person, {@code {Q}} a second person, {@code {O}} an
 * organization, {@code {L}} a place, {@code {T}} the story's theme noun, {@code {D}} a date
 * phrase, {@code {W}} a weekday, {@code {M}} a month, {@code {N}} a number, {@code {X}} a percentage and
 * {@code {R}} the article's unique file number. Immutable and thread-safe.
 */
record Vocabulary(String language, List<String> firstNames, List<String> lastNames, List<String> places,
                  List<String> organizations, List<String> themes, List<String> outlets, List<String> months,
                  List<String> weekdays, List<String> titles, List<String> sentences, String fileSentence,
                  Map<String, String> chrome) {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");

    /** Names shared by every language, so that stories can meet across languages. */
    private static final List<String> FIRST = List.of("Anna", "Marek", "Olivia", "Tomas", "Leila", "Jonas", "Ines",
            "Viktor", "Sofia", "Rafael", "Nadia", "Henrik", "Clara", "Dmitri", "Amara", "Lukas", "Elena", "Samir",
            "Greta", "Pablo", "Yusuf", "Marta", "Oskar", "Irene");
    private static final List<String> LAST = List.of("Kowalczyk", "Brandt", "Moreau", "Alvarez", "Haddad", "Lindqvist",
            "Okafor", "Petrov", "Castellano", "Weiss", "Duarte", "Novak", "Fischer", "Rinaldi", "Nakamura", "Sorensen",
            "Mendes", "Vargas", "Keller", "Dubois", "Hartmann", "Jansen", "Ortega", "Bakker");
    private static final List<String> ORGS = List.of("Nordbank", "Helix Energy", "Atlantic Rail", "Veridian Pharma",
            "the Meridian Institute", "Solara Group", "the Port Authority", "Corvus Telecom", "Alpina Steel",
            "the Harbor Council", "Tessaro Motors", "the Civic Data Office", "Brightwater Utilities", "Kestrel Air");

    static Vocabulary of(String language) {
        return switch (language) {
            case "en" -> EN;
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> throw new IllegalArgumentException("no vocabulary for " + language);
        };
    }

    private static final Vocabulary EN = new Vocabulary("en", FIRST, LAST,
            List.of("Lisbon", "Gdansk", "Rotterdam", "Valencia", "Lyon", "Hamburg", "Turin", "Porto", "Bristol", "Graz",
                    "Seville", "Bordeaux", "Leipzig", "Malmo", "Cork"),
            ORGS,
            List.of("strike", "flood", "merger", "trial", "summit", "election", "wildfire", "data breach", "bridge collapse",
                    "budget dispute", "drought", "rail outage"),
            List.of("dailyherald.example", "northpost.example", "metrowire.example", "coastaltimes.example"),
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"),
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            List.of("{P} faces questions as the {T} in {L} enters its {N}th day",
                    "{O} and {P} clash over the {T} in {L}",
                    "What we know about the {T} in {L}",
                    "{L} {T}: {P} promises answers by {W}",
                    "{O} shares fall {X} after the {T} in {L}"),
            List.of("{P} told reporters in {L} on {W} that the {T} would be reviewed by an independent panel.",
                    "According to {O}, at least {N} people were affected by the {T} in and around {L}.",
                    "The {T} began on {D}, when officials in {L} first reported problems near the old harbor district.",
                    "\"We are not going to hide anything,\" {P} said, adding that {O} had been informed the same evening.",
                    "{Q}, who leads the opposition group in the city council, called the response slow and confusing.",
                    "Figures published by {O} on {D} show a rise of {X} compared with the same period last year.",
                    "Residents of {L} described long queues, closed offices and little information from the authorities.",
                    "A spokesperson for {O} declined to comment on the {T}, citing an ongoing review.",
                    "The regional government said it would release {N} million euros in emergency funds by {W}.",
                    "{P} is expected to meet {Q} in {L} on {D} to discuss the next steps.",
                    "Analysts said the {T} could cost the local economy as much as {N} million euros over the coming months.",
                    "Earlier this week, {Q} said the warnings had been ignored for years.",
                    "The last comparable {T} in {L} happened in {N}, according to the city archive.",
                    "Unions and employers in {L} have until {D} to reach an agreement, {O} said.",
                    "Police in {L} said {N} people had been questioned, but no charges had been filed so far.",
                    "Several schools near {L} remained closed on {W} while engineers inspected the buildings.",
                    "{P} has promised a full report to parliament before the end of {M}.",
                    "Support for {P} dropped by {X} in a poll carried out for {O} last week."),
            "The agency file on the case, number {R}, was last updated on {D}.",
            Map.of("home", "Home", "world", "World", "business", "Business", "cookie",
                    "We use cookies to improve your experience and to show relevant advertising. By continuing you accept our cookie policy.",
                    "accept", "Accept all", "share", "Share this article", "related", "Related stories", "rights",
                    "All rights reserved.", "by", "By", "photo", "Photo:"));

    private static final Vocabulary FR = new Vocabulary("fr", FIRST, LAST,
            List.of("Lisbonne", "Gdansk", "Rotterdam", "Valence", "Lyon", "Hambourg", "Turin", "Porto", "Bristol", "Graz",
                    "Séville", "Bordeaux", "Leipzig", "Malmö", "Cork"),
            ORGS,
            List.of("grève", "inondation", "fusion", "procès", "sommet", "élection", "incendie", "fuite de données",
                    "effondrement du pont", "conflit budgétaire", "sécheresse", "panne ferroviaire"),
            List.of("lequotidien.example", "ouestinfo.example", "lavoixdusud.example", "lexpressmetro.example"),
            List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            List.of("{P} sous pression alors que la {T} à {L} entre dans son {N}e jour",
                    "{O} et {P} s'opposent sur la {T} à {L}",
                    "Ce que l'on sait de la {T} à {L}",
                    "{T} à {L} : {P} promet des réponses d'ici {W}",
                    "L'action {O} recule de {X} après la {T} à {L}"),
            List.of("{P} a déclaré {W} à {L} que la {T} serait examinée par une commission indépendante.",
                    "Selon {O}, au moins {N} personnes ont été touchées par la {T} à {L} et dans ses environs.",
                    "La {T} a commencé le {D}, lorsque les autorités de {L} ont signalé les premiers problèmes près du vieux port.",
                    "« Nous n'allons rien cacher », a affirmé {P}, ajoutant que {O} avait été informé le soir même.",
                    "{Q}, qui dirige le groupe d'opposition au conseil municipal, a jugé la réaction lente et confuse.",
                    "Les chiffres publiés par {O} le {D} montrent une hausse de {X} par rapport à la même période l'an dernier.",
                    "Les habitants de {L} décrivent de longues files d'attente, des bureaux fermés et peu d'informations.",
                    "Un porte-parole de {O} n'a pas souhaité commenter la {T}, invoquant une enquête en cours.",
                    "La région a annoncé le déblocage de {N} millions d'euros de fonds d'urgence d'ici {W}.",
                    "{P} doit rencontrer {Q} à {L} le {D} pour discuter de la suite.",
                    "Selon des analystes, la {T} pourrait coûter jusqu'à {N} millions d'euros à l'économie locale.",
                    "En début de semaine, {Q} avait affirmé que les alertes étaient ignorées depuis des années.",
                    "La dernière {T} comparable à {L} remonte à {N}, selon les archives de la ville.",
                    "Syndicats et employeurs de {L} ont jusqu'au {D} pour trouver un accord, a indiqué {O}.",
                    "La police de {L} a entendu {N} personnes, mais aucune poursuite n'a été engagée pour l'instant.",
                    "Plusieurs écoles près de {L} sont restées fermées {W} pendant l'inspection des bâtiments.",
                    "{P} a promis un rapport complet au Parlement avant la fin du mois de {M}.",
                    "La cote de {P} a reculé de {X} dans un sondage réalisé pour {O} la semaine dernière."),
            "Le dossier de l'agence, numéro {R}, a été mis à jour pour la dernière fois le {D}.",
            Map.of("home", "Accueil", "world", "Monde", "business", "Économie", "cookie",
                    "Nous utilisons des cookies pour améliorer votre expérience et afficher des publicités pertinentes. En poursuivant, vous acceptez notre politique.",
                    "accept", "Tout accepter", "share", "Partager cet article", "related", "À lire aussi", "rights",
                    "Tous droits réservés.", "by", "Par", "photo", "Photo :"));

    private static final Vocabulary ES = new Vocabulary("es", FIRST, LAST,
            List.of("Lisboa", "Gdansk", "Róterdam", "Valencia", "Lyon", "Hamburgo", "Turín", "Oporto", "Bristol", "Graz",
                    "Sevilla", "Burdeos", "Leipzig", "Malmö", "Cork"),
            ORGS,
            List.of("huelga", "inundación", "fusión", "juicio", "cumbre", "elección", "incendio", "filtración de datos",
                    "caída del puente", "disputa presupuestaria", "sequía", "avería ferroviaria"),
            List.of("diariodelsur.example", "elnoticiero.example", "cronicametro.example", "lavozcostera.example"),
            List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"),
            List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
            List.of("{P}, bajo presión mientras la {T} en {L} cumple {N} días",
                    "{O} y {P} chocan por la {T} en {L}",
                    "Lo que se sabe de la {T} en {L}",
                    "{T} en {L}: {P} promete respuestas antes del {W}",
                    "Las acciones de {O} caen un {X} tras la {T} en {L}"),
            List.of("{P} dijo el {W} en {L} que la {T} será revisada por una comisión independiente.",
                    "Según {O}, al menos {N} personas se vieron afectadas por la {T} en {L} y sus alrededores.",
                    "La {T} comenzó el {D}, cuando las autoridades de {L} informaron de los primeros problemas cerca del puerto viejo.",
                    "\"No vamos a ocultar nada\", afirmó {P}, quien añadió que {O} fue informado esa misma noche.",
                    "{Q}, que encabeza el grupo de la oposición en el ayuntamiento, calificó la respuesta de lenta y confusa.",
                    "Las cifras publicadas por {O} el {D} muestran un aumento del {X} respecto al mismo periodo del año pasado.",
                    "Los vecinos de {L} describieron largas colas, oficinas cerradas y poca información de las autoridades.",
                    "Un portavoz de {O} declinó comentar la {T}, alegando una revisión en curso.",
                    "El gobierno regional anunció {N} millones de euros en fondos de emergencia antes del {W}.",
                    "Está previsto que {P} se reúna con {Q} en {L} el {D} para hablar de los próximos pasos.",
                    "Los analistas calculan que la {T} podría costar a la economía local hasta {N} millones de euros.",
                    "A principios de semana, {Q} aseguró que las advertencias se habían ignorado durante años.",
                    "La última {T} comparable en {L} ocurrió en {N}, según el archivo municipal.",
                    "Sindicatos y empresarios de {L} tienen hasta el {D} para alcanzar un acuerdo, indicó {O}.",
                    "La policía de {L} interrogó a {N} personas, aunque por ahora no hay cargos.",
                    "Varios colegios cerca de {L} siguieron cerrados el {W} mientras los ingenieros revisaban los edificios.",
                    "{P} prometió un informe completo al Parlamento antes de que termine {M}.",
                    "El apoyo a {P} cayó un {X} en una encuesta realizada para {O} la semana pasada."),
            "El expediente de la agencia, número {R}, se actualizó por última vez el {D}.",
            Map.of("home", "Portada", "world", "Internacional", "business", "Economía", "cookie",
                    "Utilizamos cookies para mejorar su experiencia y mostrar publicidad relevante. Si continúa navegando, acepta nuestra política.",
                    "accept", "Aceptar todo", "share", "Compartir este artículo", "related", "Te puede interesar", "rights",
                    "Todos los derechos reservados.", "by", "Por", "photo", "Foto:"));

    private static final Vocabulary DE = new Vocabulary("de", FIRST, LAST,
            List.of("Lissabon", "Danzig", "Rotterdam", "Valencia", "Lyon", "Hamburg", "Turin", "Porto", "Bristol", "Graz",
                    "Sevilla", "Bordeaux", "Leipzig", "Malmö", "Cork"),
            ORGS,
            List.of("Streik", "Hochwasser", "Fusion", "Prozess", "Gipfel", "Wahl", "Waldbrand", "Datenleck",
                    "Brückeneinsturz", "Haushaltsstreit", "Dürre", "Bahnausfall"),
            List.of("tagesbote.example", "nordkurier.example", "stadtanzeiger.example", "alpenpost.example"),
            List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"),
            List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
            List.of("{P} unter Druck: {T} in {L} dauert seit {N} Tagen an",
                    "{O} und {P} streiten über {T} in {L}",
                    "Was über {T} in {L} bekannt ist",
                    "{T} in {L}: {P} verspricht Antworten bis {W}",
                    "{O}-Aktie fällt um {X} nach {T} in {L}"),
            List.of("{P} sagte am {W} in {L}, der Fall {T} werde von einer unabhängigen Kommission geprüft.",
                    "Nach Angaben von {O} waren mindestens {N} Menschen in und um {L} von dem Ereignis ({T}) betroffen.",
                    "Alles begann am {D}, als Behörden in {L} erste Probleme nahe dem alten Hafenviertel meldeten.",
                    "„Wir werden nichts verschweigen“, sagte {P} und fügte hinzu, {O} sei noch am selben Abend informiert worden.",
                    "{Q}, Vorsitzende der Opposition im Stadtrat, nannte die Reaktion langsam und verwirrend.",
                    "Von {O} am {D} veröffentlichte Zahlen zeigen einen Anstieg um {X} gegenüber dem Vorjahreszeitraum.",
                    "Anwohner in {L} berichteten von langen Schlangen, geschlossenen Ämtern und wenig Information.",
                    "Ein Sprecher von {O} wollte sich unter Verweis auf eine laufende Prüfung nicht äußern.",
                    "Die Landesregierung kündigte bis {W} Soforthilfen von {N} Millionen Euro an.",
                    "{P} soll am {D} in {L} mit {Q} über die nächsten Schritte beraten.",
                    "Analysten zufolge könnte der Fall die lokale Wirtschaft bis zu {N} Millionen Euro kosten.",
                    "Anfang der Woche hatte {Q} erklärt, die Warnungen seien jahrelang ignoriert worden.",
                    "Das letzte vergleichbare Ereignis in {L} gab es laut Stadtarchiv im Jahr {N}.",
                    "Gewerkschaften und Arbeitgeber in {L} haben bis zum {D} Zeit für eine Einigung, teilte {O} mit.",
                    "Die Polizei in {L} befragte {N} Personen, Anklage wurde bislang nicht erhoben.",
                    "Mehrere Schulen bei {L} blieben am {W} geschlossen, während Ingenieure die Gebäude prüften.",
                    "{P} versprach dem Parlament einen vollständigen Bericht bis Ende {M}.",
                    "Die Zustimmung für {P} sank in einer Umfrage im Auftrag von {O} um {X}."),
            "Die Akte der Agentur mit der Nummer {R} wurde zuletzt am {D} aktualisiert.",
            Map.of("home", "Startseite", "world", "Welt", "business", "Wirtschaft", "cookie",
                    "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und passende Werbung anzuzeigen. Mit der Nutzung stimmen Sie zu.",
                    "accept", "Alle akzeptieren", "share", "Artikel teilen", "related", "Mehr zum Thema", "rights",
                    "Alle Rechte vorbehalten.", "by", "Von", "photo", "Foto:"));
}
