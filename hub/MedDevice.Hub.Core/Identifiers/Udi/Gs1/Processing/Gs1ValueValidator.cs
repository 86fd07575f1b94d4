using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>Checks an AI value against its components: lengths, character set and every linter.</summary>
internal static class Gs1ValueValidator
{
    /// <summary>
    /// Validates <paramref name="value"/>, whose first character is at <paramref name="position"/> in the input.
    /// A wrong check digit goes to <paramref name="warnings"/> when <paramref name="lenient"/>.
    /// </summary>
    public static Gs1Problem? Validate(Gs1AiEntry entry, ReadOnlySpan<char> value, int position, bool lenient, List<Gs1Problem> warnings)
    {
        if (value.IsEmpty)
        {
            return new Gs1Problem(Gs1ErrorCodes.ValueTooShort, $"AI ({entry.Ai}) has no value.", position);
        }

        var offset = 0;
        foreach (var component in entry.Components)
        {
            var remaining = value.Length - offset;
            if (component.Optional && remaining == 0)
            {
                break;
            }

            var take = Math.Min(remaining, component.MaxLength);
            if (take < component.MinLength)
            {
                return new Gs1Problem(Gs1ErrorCodes.ValueTooShort, $"AI ({entry.Ai}) value is too short.", position + offset);
            }

            var part = value.Slice(offset, take);
            var problem = Lint(entry, component.CharsetLinter, part, position + offset, lenient, warnings);
            if (problem is not null)
            {
                return problem;
            }

            foreach (var linter in component.Linters)
            {
                problem = Lint(entry, linter, part, position + offset, lenient, warnings);
                if (problem is not null)
                {
                    return problem;
                }
            }

            offset += take;
        }

        return offset < value.Length
            ? new Gs1Problem(Gs1ErrorCodes.ValueTooLong, $"AI ({entry.Ai}) value is too long.", position + offset)
            : null;
    }

    /// <summary>Validates every field of <paramref name="fields"/>.</summary>
    public static Gs1Problem? ValidateAll(Gs1FieldBuffer fields, bool lenient)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            ref readonly var field = ref fields[i];
            var problem = Validate(field.Entry, field.Value, field.Position, lenient, fields.Warnings);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static Gs1Problem? Lint(Gs1AiEntry entry, Gs1Linter linter, ReadOnlySpan<char> part, int position, bool lenient, List<Gs1Problem> warnings)
    {
        var result = Gs1Linters.Run(linter, part);
        if (result.IsOk)
        {
            return null;
        }

        var problem = Gs1Problem.FromLint(result.Error, entry.Ai, position + result.Position);
        if (lenient && result.Error == Gs1LintError.IncorrectCheckDigit)
        {
            warnings.Add(problem);
            return null;
        }

        return problem;
    }
}
