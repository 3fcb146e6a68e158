namespace ContentGen.Tests.Robustness;

/// <summary>The emitters called directly on hand-built specs: what each part of the generated source holds.</summary>
public sealed class EmitterTests
{
}
