using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>One parsed AI with its value and where the value starts in the input text.</summary>
internal readonly record struct Gs1Field(Gs1AiEntry Entry, string Value, int Position)
{
    /// <summary>The AI digits.</summary>
    public string Ai => Entry.Ai;
}
