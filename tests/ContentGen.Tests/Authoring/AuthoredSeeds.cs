namespace ContentGen.Tests.Authoring;

/// <summary>Seeds written the way a user writes their own: front matter, and Markdown.</summary>
internal static class AuthoredSeeds
{
    /// <summary>A text seed whose front matter corrects the reader and adds typed data.</summary>
    public static readonly (string Path, string Text) FrontMatterText = ("seeds/harbour-library.txt", """
        ---
        title: Harbour town opens its new public library
        source: The Harbour Gazette
        author: Ana Lima
        published: 2021-12-10
        language: en
        type: HarbourLibrary
        tags: [libraries, harbour, "2021"]
        reading_time: 4
        word_count: 5000000000
        rating: 4.5
        featured: true
        updated: 2021-12-11 09:30:00 +01:00
        scores: [1, 2, 3]
        weights: [1, 2.5]
        contact:
          name: Press office
          phone: "+44 1234"
          hours:
            open: 9
            close: 17
        ---
        Harbour town library opens - Gazette

        Residents gathered on Saturday morning for the opening of the new public library.

        "We waited ten years for this building," the mayor told the crowd.

        """);

    /// <summary>A Markdown seed with every kind of block, and a small front matter.</summary>
    public static readonly (string Path, string Text) Markdown = ("seeds/lighthouse.md", """
        ---
        category: culture
        reading_time: 3
        ---
        # The lighthouse keeper's last winter

        After forty years, the keeper hands over the **keys** to the [automatic light](https://example.org) and `LAMP-2`.

        ## What changes

        - The lamp runs on its own
        - Visits on *Sundays*
          1. morning
          2. afternoon

        > "The sea never sleeps, and neither did I."
        > — Morag Campbell

        She looked out: "I will miss the storms," Campbell said.

        | Year | Visitors |
        |------|----------|
        | 2020 | 1200 |

        ```
        log: lamp lit at 16:02
        ```

        ![The lighthouse at dusk](lighthouse.jpg)

        Handing over
        ------------

        <div class="notice">Closed in winter</div>

        [site]: https://example.org/lighthouse

        Final words from the keeper.

        """);
}
