namespace MedDevice.Sandbox.Data.Customs;

/// <summary>How a malformed message is broken.</summary>
public enum CustomsMalformation
{
    /// <summary>The XML is cut off half-way.</summary>
    Truncated = 0,

    /// <summary>An entity-expansion bomb in a DTD.</summary>
    EntityBomb = 1,

    /// <summary>A schema violation: a declaration number of 5 digits.</summary>
    SchemaViolation = 2,

    /// <summary>An unknown document type.</summary>
    UnknownDocumentType = 3,

    /// <summary>A value changed after signing (the signature no longer verifies).</summary>
    Tampered = 4,
}
