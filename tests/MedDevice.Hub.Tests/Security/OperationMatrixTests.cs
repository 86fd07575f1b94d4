using MedDevice.Adapters.Operations;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Tests.Security;

public sealed class OperationMatrixTests
{
    private static Partner WithRoles(params string[] roles) =>
        new("p", new HashSet<string>(), new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void IsAllowed_OperationNobodyRegistered_Denied()
    {
        var matrix = new OperationMatrix([PartnerOperation.For("known", "admin")]);

        matrix.IsAllowed(WithRoles("admin"), "unknown").ShouldBeFalse();
    }

    [Fact]
    public void IsAllowed_TwoRegistrationsOfOneOperation_RolesAddUp()
    {
        var matrix = new OperationMatrix([PartnerOperation.For("verify", "verifier", "admin"), PartnerOperation.For("verify", "ecommerce")]);

        matrix.IsAllowed(WithRoles("ecommerce"), "verify").ShouldBeTrue();
        matrix.IsAllowed(WithRoles("verifier"), "verify").ShouldBeTrue();
        matrix.IsAllowed(WithRoles("customs"), "verify").ShouldBeFalse();
    }

    [Fact]
    public void IsAllowed_OpenToAnyPartner_AllowsPartnerWithoutRoles()
    {
        var matrix = new OperationMatrix([PartnerOperation.ForAnyPartner("messages.read")]);

        matrix.IsAllowed(WithRoles(), "messages.read").ShouldBeTrue();
    }

    [Fact]
    public void IsAllowed_RegisteredWithoutRoles_Denied()
    {
        var matrix = new OperationMatrix([PartnerOperation.For("closed")]);

        matrix.IsAllowed(WithRoles("admin"), "closed").ShouldBeFalse();
    }
}
