namespace MedDevice.Hub;

/// <summary>
/// Event ids of the host's <c>[LoggerMessage]</c> methods. Ids are unique across the solution (checked by
/// <c>LogEventsTests</c> in MedDevice.Hub.Tests), so an id names one log line whatever project wrote it.
/// </summary>
/// <remarks>
/// Projects: 1000–2999 MedDevice.Hub (this class); 3000–3999 adapters/ (3100–3199 MedDevice.Adapters.Identity);
/// 4000–4999 ops/ (MedDevice.Sandbox, hubctl); 5000–5999 libraries (MedDevice.Hub.Core, Storage, Mappings).
/// Features of this project, 100 ids each: 1000 Composition, 1100 Processing (1150 PostgreSQL wake-up),
/// 1200 Delivery, 1300 Fhir, 1400 Partners, 1500 Privacy, 1600 Customs, 1700 Audit, 1800 Verification,
/// 1900 Sandbox (1910 customs simulator), 2000 Hardening (shared HTTP error handling); 2100–2999 free for new features.
/// </remarks>
internal static class LogEvents
{
    // Composition 1000–1099
    internal const int StorageMigrated = 1001;
    internal const int StorageMigrationFailed = 1002;

    // Processing 1100–1199
    internal const int ProcessingBatchFailed = 1101;
    internal const int ProcessingMessagePostponed = 1102;
    internal const int ProcessingMessageParked = 1103;
    internal const int ProcessingCommitFailed = 1104;
    internal const int WakeUpNotifyFailed = 1151;
    internal const int WakeUpListenLost = 1152;

    // Delivery 1200–1299
    internal const int DeliveryBatchFailed = 1201;

    // Fhir 1300–1399
    internal const int FhirRequestFailed = 1301;

    // Partners 1400–1499
    internal const int PartnerRegistryRefreshFailed = 1401;

    // Privacy 1500–1599
    internal const int DevelopmentPseudonymKey = 1501;

    // Customs 1600–1699
    internal const int CustomsEphemeralCertificate = 1600;
    internal const int CustomsImporterUnavailable = 1601;
    internal const int CustomsMessageFailed = 1602;

    // Audit 1700–1799
    internal const int AuditAppendFailed = 1701;
    internal const int AuditEphemeralSigningKey = 1711;
    internal const int AuditNoSigningKey = 1712;
    internal const int AuditSigningKeyUnreadable = 1713;

    // Verification 1800–1899
    internal const int VerificationRoundFailed = 1801;
    internal const int VerificationPostponed = 1802;
    internal const int VerificationListenerFailed = 1803;

    // Sandbox 1900–1999
    internal const int SandboxStarted = 1901;
    internal const int SandboxNotStarted = 1902;
    internal const int CustomsSimulatorSeeded = 1911;
    internal const int CustomsSimulatorStarting = 1912;
    internal const int CustomsSimulatorResult = 1913;
    internal const int CustomsSimulatorReceipt = 1914;
    internal const int CustomsSimulatorFault = 1915;
    internal const int CustomsSimulatorUnreadableReply = 1916;
    internal const int CustomsSimulatorNotSent = 1917;
    internal const int CustomsSimulatorFinished = 1918;
    internal const int CustomsSimulatorNoAddress = 1919;
    internal const int CustomsSimulatorFailed = 1920;
    internal const int CustomsSimulatorOff = 1921;

    // Hardening 2000–2099
    internal const int RequestFailed = 2001;
}
