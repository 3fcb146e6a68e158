using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "La piscina cubierta no abrirá hasta 2027" / "La constructora paraliza la obra …" / "Obras de la piscina, el pasado otoño.
// / D. V. A." / "Begoña Ruiz" / "Torrejón del Cerro" / the date: a paper prints its lead photo between the deck and the
// byline, and its byline's stack may give the writer's name and town, each on a line, over the date. The deck stands over
// the byline all the same; the caption is set aside only once the body is read, so it is looked past here.
internal static partial class Ledes
{
    // The byline under a caption right under the block, or the writer's name over the place and the dateline there.
    private static bool OverCaptionOverByline(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (index + 2 >= blocks.Count)
        {
            return false;
        }

        var caption = blocks[index + 1].Facts.IsCaption;
        var under = caption ? index + 1 : index;
        return (caption && OverTheBylineRightUnder(blocks, under)) || OverNamePlaceAndDateline(blocks, under);
    }

    // "Begoña Ruiz de Arcaute" / "Torrejón del Cerro" / "Martes, 10 de marzo 2026, 07:55", glued, under block `i`.
    private static bool OverNamePlaceAndDateline(IReadOnlyList<TextBlock> blocks, int i)
        => i + 1 < blocks.Count && blocks[i + 1].LineCount == 1 && Metadata.AuthorReader.ReadBareName(blocks[i + 1].Text.AsSpan()) is not null
            && TitleFinder.OverPlaceAndDateline(blocks, i + 1);
}
