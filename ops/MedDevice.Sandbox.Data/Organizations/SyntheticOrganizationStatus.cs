namespace MedDevice.Sandbox.Data.Organizations;

/// <summary>The registration status of a synthetic organisation, as the enterprise register would report it.</summary>
public enum SyntheticOrganizationStatus
{
    /// <summary>Operating normally.</summary>
    Active = 0,

    /// <summary>Temporarily suspended (tạm ngừng kinh doanh).</summary>
    Suspended = 1,

    /// <summary>Closed (đã giải thể / chấm dứt hoạt động).</summary>
    Closed = 2,
}
