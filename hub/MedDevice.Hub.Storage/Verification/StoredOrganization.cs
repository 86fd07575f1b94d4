namespace MedDevice.Hub.Storage.Verification;

/// <summary>An organisation record: the latest FHIR Organization JSON with its verification outcome.</summary>
/// <param name="TaxCode">The key.</param>
/// <param name="VersionId">Incremented on every newer verification.</param>
/// <param name="VerificationStatus">The latest verdict.</param>
/// <param name="VerifiedAt">When that verdict was checked (Unix ms).</param>
/// <param name="LastUpdated">When the record was written (Unix ms).</param>
/// <param name="Resource">The FHIR Organization JSON (UTF-8).</param>
public sealed record StoredOrganization(string TaxCode, int VersionId, string VerificationStatus, long VerifiedAt, long LastUpdated, byte[] Resource);
