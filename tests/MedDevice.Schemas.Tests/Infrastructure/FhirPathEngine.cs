using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>Firely's FHIRPath engine, as a search or validation engine would use it on a Device.</summary>
public static class FhirPathEngine
{
    private static readonly FhirPathCompiler Compiler = new();

    /// <summary>Compiles an expression; throws when it is not valid FHIRPath.</summary>
    public static CompiledExpression Compile(string expression) => Compiler.Compile(expression);

    /// <summary>The nodes an expression selects on a resource.</summary>
    public static IReadOnlyList<Base> Select(Base input, string expression) =>
        input.Select(expression, new FhirEvaluationContext()).OfType<Base>().ToList();

    /// <summary>True only when the expression evaluates to the single boolean true.</summary>
    public static bool IsTrue(Base input, string expression) => input.IsTrue(expression, new FhirEvaluationContext());

    /// <summary>A selected node as search text: <c>system|code</c> for Coding, <c>system|value</c> for Identifier, the value of a primitive.</summary>
    public static string Render(Base node) => node switch
    {
        Coding c => $"{c.System}|{c.Code}",
        Identifier i => $"{i.System}|{i.Value}",
        PrimitiveType p => p.ToString() ?? string.Empty,
        _ => throw new InvalidOperationException($"Cannot render a {node.TypeName} as search text."),
    };
}
