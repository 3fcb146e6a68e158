namespace ContentGen.Parsing.Tests;

/// <summary>
/// The models compare by value because their arrays do: equal elements in the same order are
/// equal (with equal hashes), anything else is not, and the empty and default arrays are one value.
/// </summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void SameElements_InSeparateArrays_AreEqual_WithEqualHashes()
    {
        var left = new EquatableArray<string>(["a", "b", "c"]);
        var right = EquatableArray.From(new List<string> { "a", "b", "c" });

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    // Every article's model is made of these: a list is copied once, at its size, and the copy
    // does not follow the list after it.
    [Fact]
    public void From_CopiesAListOnce_AndTheCopyIsItsOwn()
    {
        var list = new List<string>(64) { "a", "b", "c" };
        _ = EquatableArray.From(list);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var copy = EquatableArray.From(list);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        list[0] = "changed";
        list.Add("d");

        Assert.Equal(["a", "b", "c"], copy);
        Assert.True(allocated <= 64, $"{allocated} bytes to copy three elements");
    }

    [Fact]
    public void From_ReadsAnyEnumerable_AndAnEmptyOneIsTheEmptyArray()
    {
        Assert.Equal(["x", "y"], EquatableArray.From(new[] { "x", "y", "z" }.Where(s => s != "z")));
        Assert.True(EquatableArray.From(new List<string>()).IsEmpty);
        Assert.Equal(EquatableArray<string>.Empty, EquatableArray.From(Enumerable.Empty<string>()));
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "x", "b", "c" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "a", "b", "x" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "b", "a" }, new[] { "a", "b" })]
    [InlineData(new string[0], new[] { "a" })]
    public void DifferentElements_OrderOrLength_AreNotEqual(string[] left, string[] right)
    {
        var a = new EquatableArray<string>(left);
        var b = new EquatableArray<string>(right);

        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
    }

    [Fact]
    public void Hash_DependsOnOrder()
    {
        Assert.NotEqual(new EquatableArray<string>(["a", "b"]).GetHashCode(), new EquatableArray<string>(["b", "a"]).GetHashCode());
        Assert.NotEqual(new EquatableArray<string>(["a"]).GetHashCode(), new EquatableArray<string>(["a", "a"]).GetHashCode());
    }

    [Fact]
    public void DefaultAndEmpty_AreTheSameEmptyValue()
    {
        var empty = new EquatableArray<string>([]);
        EquatableArray<string> @default = default;

        Assert.True(@default.Equals(empty));
        Assert.True(empty.Equals(@default));
        Assert.Equal(empty.GetHashCode(), @default.GetHashCode());
        Assert.Equal(EquatableArray<string>.Empty, empty);
        Assert.True(@default.Count == 0);
        Assert.True(@default.IsEmpty);
        Assert.Empty(@default);
        Assert.Throws<IndexOutOfRangeException>(() => @default[0]);
        Assert.False(new EquatableArray<string>(["a"]).IsEmpty);
    }

    [Fact]
    public void NullElements_CompareAndHash()
    {
        var left = new EquatableArray<string>([null!, "a"]);
        var right = new EquatableArray<string>([null!, "a"]);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new EquatableArray<string>(["a", null!]));
    }

    [Fact]
    public void ItemsAndCount_AreTheArrays()
    {
        var array = new EquatableArray<string>(["a", "b"]);

        Assert.True(array.Count == 2);
        Assert.Equal("b", array[1]);
        Assert.Equal(["a", "b"], array.ToArray());
        Assert.Equal(["a", "b"], ((System.Collections.IEnumerable)array).Cast<string>());
    }

    [Fact]
    public void From_CopiesItsSource()
    {
        var source = new List<string> { "a" };
        var array = EquatableArray.From(source);

        source[0] = "b";

        Assert.Equal("a", array[0]);
        Assert.False(array.Equals("not an array"));
    }
}
