namespace IntegrationHub.Policies.Tests;

public sealed class ClientSecretHashTests
{
    // Hashing costs ~600,000 PBKDF2 rounds, so one hash is shared by the tests that only need some valid hash.
    private static readonly string StoredHash = ClientSecretHash.Hash("correct horse battery staple");

    [Theory]
    // Made with Python's hashlib.pbkdf2_hmac, an implementation independent of .NET's; salt bytes 1 to 16.
    [InlineData("correct horse battery staple", "pbkdf2-sha256$600000$AQIDBAUGBwgJCgsMDQ4PEA==$AAjmm4n/rBqnux9EKJumWvqnEd1FDwqrbDIuTNV7shY=")]
    [InlineData("รหัสลับของหน่วยงาน", "pbkdf2-sha256$600000$AQIDBAUGBwgJCgsMDQ4PEA==$BDmdnzBPfB3nNgDrAU6lDb9uc+ppP3yaPw5znG5W9vc=")]
    public void Verify_HashMadeByAnotherImplementation_IsTrue(string secret, string encodedHash) =>
        Assert.True(ClientSecretHash.Verify(secret, encodedHash));

    [Fact]
    public void Verify_TheHashedSecret_IsTrue() =>
        Assert.True(ClientSecretHash.Verify("correct horse battery staple", StoredHash));

    [Theory]
    [InlineData("correct horse battery stapl")]
    [InlineData("correct horse battery staple ")]
    [InlineData("Correct horse battery staple")]
    [InlineData("")]
    public void Verify_AnyOtherSecret_IsFalse(string presented) =>
        Assert.False(ClientSecretHash.Verify(presented, StoredHash));

    [Fact]
    public void Hash_SameSecretTwice_UsesFreshSalts()
    {
        Assert.NotEqual(StoredHash, ClientSecretHash.Hash("correct horse battery staple"));
    }

    [Fact]
    public void Hash_Format_IsVersionedWithTheMinimumIterations()
    {
        var parts = StoredHash.Split('$');

        Assert.Equal(["pbkdf2-sha256", "600000"], parts[..2]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.Null(ClientSecretHash.Problem(StoredHash));
    }

    public static TheoryData<string> MalformedHashes => new()
    {
        "",
        "$$$",
        "plain-text-secret",
        "pbkdf2-sha1$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$2147483647$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$600000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$600000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra",
        "pbkdf2-sha256$ 600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    };

    [Theory]
    [MemberData(nameof(MalformedHashes))]
    public void Verify_MalformedOrWeakHash_IsFalseWithoutThrowing(string encoded)
    {
        Assert.False(ClientSecretHash.Verify("anything", encoded));
        Assert.NotNull(ClientSecretHash.Problem(encoded));
    }

    [Fact]
    public void Verify_NullHash_IsFalseWithoutThrowing() =>
        Assert.False(ClientSecretHash.Verify("anything", null!));

    [Fact]
    public void Verify_HashWithOneBitFlipped_IsFalse()
    {
        var parts = StoredHash.Split('$');
        var hash = Convert.FromBase64String(parts[3]);
        hash[^1] ^= 1;
        var tampered = string.Join('$', parts[0], parts[1], parts[2], Convert.ToBase64String(hash));

        Assert.False(ClientSecretHash.Verify("correct horse battery staple", tampered));
    }
}
