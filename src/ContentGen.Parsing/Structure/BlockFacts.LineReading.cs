namespace ContentGen.Parsing.Structure;

internal readonly partial struct BlockFacts
{
    /// <summary>
    /// Takes what <see cref="BoilerplateLines.ClassifyLine(System.ReadOnlySpan{char}, out int)"/> read of the block's one
    /// line, alone, as the page's lines were grouped: that it is no chrome, and the chrome phrases it holds when the
    /// line was searched whole (<paramref name="phrases"/> at least 0).
    /// </summary>
    /// <remarks>
    /// The block's text is the line's, so <see cref="BoilerplateLines.Classify"/> need not judge it again as a line, nor
    /// search it again for the phrases: on the French pages, a block for every short line of a menu, those were about a
    /// twentieth of a parse.
    /// </remarks>
    internal void TakeLineReading(int phrases)
    {
        ref var data = ref _block.FactData;
        data.Known |= Fact.LineNoChrome;
        data.Holds |= Fact.LineNoChrome;
        if (phrases >= 0 && (data.Known & Fact.Phrases) == 0)
        {
            data.Phrases = phrases;
            data.Known |= Fact.Phrases;
        }
    }

    /// <summary>Whether the block's one line was judged alone and found no chrome (<see cref="TakeLineReading"/>).</summary>
    internal bool LineIsNoChrome => (_block.FactData.Holds & Fact.LineNoChrome) != 0;
}
