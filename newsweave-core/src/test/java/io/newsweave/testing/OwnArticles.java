package io.newsweave.testing;

/** Articles we wrote, shared by tests of several packages. */
public final class OwnArticles {

    /** A harbour strike in Gdańsk, long enough to be compared for copies (about 170 words). */
    public static final String STRIKE = """
            Harbour workers in Gdańsk walked out on Monday after talks over pay broke down late on Sunday night, \
            leaving more than forty container ships waiting at anchor in the bay.

            The union said its 2,300 members would stay out until the port authority returned to the table with \
            an offer that matched inflation, which reached 6.4 percent last month.

            "We have waited eleven months for a serious proposal and we have received nothing but delays," said \
            Marta Zielińska, who leads the dockers' union at the container terminal.

            The port authority said the strike was unlawful because the union had not given the seven days of \
            notice required by its contract, and that it would ask a court in Gdańsk to order the workers back.

            Shipping lines began diverting vessels to Gdynia and Szczecin on Monday afternoon. Traders warned that \
            grain exports, which pass mostly through the terminal, could fall sharply if the stoppage lasted into \
            next week, when the harvest shipments usually begin.""";

    private OwnArticles() {
    }
}
