namespace MedDevice.Hub.Core.Customs;

/// <summary>What a declaration message asks for (NSW <c>Subject/function</c>).</summary>
public enum CustomsFunction
{
    /// <summary><c>01</c>: a new declaration (or a repeat of one).</summary>
    Declare = 1,

    /// <summary><c>02</c>: an amendment replacing the declaration's lines.</summary>
    Amend = 2,

    /// <summary><c>03</c>: a cancellation of the declaration.</summary>
    Cancel = 3,
}
