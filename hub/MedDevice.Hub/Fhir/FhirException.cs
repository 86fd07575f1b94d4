using Hl7.Fhir.Model;

namespace MedDevice.Hub.Fhir;

/// <summary>An error the FHIR API answers with an OperationOutcome (see <see cref="FhirOutcomes"/>).</summary>
public sealed class FhirException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FhirException(int status, OperationOutcome.IssueType issue, string diagnostics)
        : base(diagnostics)
    {
        Status = status;
        Issue = issue;
    }

    /// <summary>Creates the exception (400 invalid).</summary>
    public FhirException()
        : this(400, OperationOutcome.IssueType.Invalid, "Invalid request.")
    {
    }

    /// <summary>Creates the exception (400 invalid).</summary>
    public FhirException(string message)
        : this(400, OperationOutcome.IssueType.Invalid, message)
    {
    }

    /// <summary>Creates the exception (400 invalid).</summary>
    public FhirException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
        Issue = OperationOutcome.IssueType.Invalid;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The OperationOutcome issue code.</summary>
    public OperationOutcome.IssueType Issue { get; }
}
