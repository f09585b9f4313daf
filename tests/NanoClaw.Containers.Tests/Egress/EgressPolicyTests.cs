using System.Net;
using NanoClaw.Containers.Egress;

namespace NanoClaw.Containers.Tests.Egress;

public sealed class EgressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private network")]
    [InlineData("172.20.0.5", "private network")]
    [InlineData("192.168.1.1", "private network")]
    [InlineData("fd12:3456::1", "private network")]
    [InlineData("169.254.169.254", "cloud metadata address")]
    [InlineData("169.254.10.10", "link-local address")]
    [InlineData("fe80::1", "link-local address")]
    [InlineData("100.64.1.1", "carrier-grade NAT range")]
    [InlineData("0.0.0.0", "unspecified address")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private network")]
    [InlineData("224.0.0.251", "multicast address")]
    public void Check_NameResolvingToABlockedAddress_IsRefusedNamingTheRange(string address, string range)
    {
        var decision = EgressPolicy.Check(EgressRules.Default, "innocent.example", 443, [IPAddress.Parse(address)]);

        Assert.False(decision.Allowed);
        Assert.Equal($"innocent.example resolves to {IPAddress.Parse(address)}, which is never reached ({range})", decision.Refusal);
    }

    [Fact]
    public void Check_LiteralPrivateAddress_IsRefusedWithoutAName()
    {
        var decision = EgressPolicy.Check(EgressRules.Default, "192.168.0.10", 80, [IPAddress.Parse("192.168.0.10")]);

        Assert.Equal("192.168.0.10 is never reached (private network)", decision.Refusal);
    }

    [Fact]
    public void Check_PublicAndPrivateAnswersForOneName_RefusesTheWholeName()
    {
        var decision = EgressPolicy.Check(EgressRules.Default, "rebind.example", 443, [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.7")]);

        Assert.False(decision.Allowed);
        Assert.Contains("10.0.0.7", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PublicAddress_IsAllowedToThatCheckedAddress()
    {
        var decision = EgressPolicy.Check(EgressRules.Default, "Example.COM.", 443, [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2606:2800:220:1::1")]);

        Assert.Equal(IPAddress.Parse("93.184.216.34"), decision.Address);
    }

    [Fact]
    public void Check_AllowPrivateRange_LetsTheTestSiteThroughAndNothingElse()
    {
        var rules = EgressRules.Default with { AllowPrivate = [IPNetwork.Parse("127.0.0.0/8")] };

        Assert.True(EgressPolicy.Check(rules, "127.0.0.1", 80, [IPAddress.Loopback]).Allowed);
        Assert.False(EgressPolicy.Check(rules, "10.0.0.1", 80, [IPAddress.Parse("10.0.0.1")]).Allowed);
    }

    [Fact]
    public void Check_TheHostsOwnAddress_IsRefused()
    {
        var own = IPAddress.Parse("203.0.113.9");
        var rules = EgressRules.Default with { HostAddresses = new HashSet<IPAddress> { own } };

        Assert.Equal("host.example resolves to 203.0.113.9, which is never reached (address of this host)", EgressPolicy.Check(rules, "host.example", 443, [own]).Refusal);
    }

    [Theory]
    [InlineData(22, "port 22 is not allowed (allowed: 80, 443)")]
    [InlineData(8080, "port 8080 is not allowed (allowed: 80, 443)")]
    public void Check_PortOutsideTheList_IsRefused(int port, string refusal)
    {
        Assert.Equal(refusal, EgressPolicy.Check(EgressRules.Default, "example.com", port, [IPAddress.Parse("93.184.216.34")]).Refusal);
    }

    [Theory]
    [InlineData("example.com", "example.com", true)]
    [InlineData("example.com", "docs.example.com", true)]
    [InlineData("example.com", "notexample.com", false)]
    [InlineData("*.example.com", "example.com", false)]
    [InlineData("*.example.com", "api.example.com", true)]
    public void Check_Allowlist_MatchesNamesAndTheirSubdomains(string pattern, string host, bool allowed)
    {
        var rules = EgressRules.Default with { Allow = [pattern] };

        var decision = EgressPolicy.Check(rules, host, 443, [IPAddress.Parse("93.184.216.34")]);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : $"{host} is not on the allowlist", decision.Refusal);
    }

    [Fact]
    public void Check_Denylist_WinsOverTheAllowlist()
    {
        var rules = EgressRules.Default with { Allow = ["example.com"], Deny = ["ads.example.com"] };

        Assert.Equal("ads.example.com is on the denylist (ads.example.com)", EgressPolicy.Check(rules, "ads.example.com", 443, [IPAddress.Parse("93.184.216.34")]).Refusal);
    }

    [Fact]
    public void Check_NameWithoutAddresses_IsRefused()
    {
        Assert.Equal("nowhere.example did not resolve to any address", EgressPolicy.Check(EgressRules.Default, "nowhere.example", 443, []).Refusal);
    }
}
