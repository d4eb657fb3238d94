using System.Collections.Immutable;

namespace Gongkai.Core.Layout;

/// <summary>
/// One expanded 勾稽关系: the cell <see cref="Total"/> (or the sum of <see cref="Left"/>) must equal the sum of <see cref="Right"/>.
/// Cells are flat indices into <see cref="Section"/>.
/// </summary>
public sealed record Identity(string Rule, SectionLayout Section, ImmutableArray<int> Left, ImmutableArray<int> Right, string Scope)
{
    /// <summary>All cells the identity reads, left first.</summary>
    public IEnumerable<int> Cells => Left.Concat(Right);

    /// <summary>The cell a finding points at: the last cell of the left side (the printed total).</summary>
    public int Anchor => Left[^1];
}
