namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Rules across AIs from the GS1 syntax dictionary: repeated AIs must agree, <c>ex=</c> exclusions,
/// <c>req=</c> requirements, and a digital signature (8030) needs a serialised key.
/// </summary>
internal static class Gs1AssociationValidator
{
    private const string DigitalSignature = "8030";

    /// <summary>Returns the first rule broken, or null.</summary>
    public static Gs1Problem? Validate(Gs1FieldBuffer fields) =>
        Repeats(fields) ?? Exclusions(fields) ?? Requirements(fields) ?? DigitalSignatureKey(fields);

    private static Gs1Problem? Repeats(Gs1FieldBuffer fields)
    {
        for (var j = 1; j < fields.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (string.Equals(fields[i].Ai, fields[j].Ai, StringComparison.Ordinal)
                    && !string.Equals(fields[i].Value, fields[j].Value, StringComparison.Ordinal))
                {
                    return new Gs1Problem(Gs1ErrorCodes.RepeatedAiMismatch, $"AI ({fields[j].Ai}) is repeated with a different value.", fields[j].Position);
                }
            }
        }

        return null;
    }

    private static Gs1Problem? Exclusions(Gs1FieldBuffer fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            foreach (var pattern in fields[i].Entry.Excludes)
            {
                for (var j = 0; j < fields.Count; j++)
                {
                    var other = fields[j].Ai;
                    if (!string.Equals(other, fields[i].Ai, StringComparison.Ordinal) && pattern.Matches(other))
                    {
                        return new Gs1Problem(Gs1ErrorCodes.MutuallyExclusiveAis, $"AI ({fields[i].Ai}) must not occur with AI ({other}).", fields[Math.Max(i, j)].Position);
                    }
                }
            }
        }

        return null;
    }

    private static Gs1Problem? Requirements(Gs1FieldBuffer fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            foreach (var alternatives in fields[i].Entry.Requires)
            {
                if (!AnySatisfied(alternatives, fields))
                {
                    return new Gs1Problem(Gs1ErrorCodes.RequiredAiMissing, $"AI ({fields[i].Ai}) requires one of: {Describe(alternatives)}.", fields[i].Position);
                }
            }
        }

        return null;
    }

    private static Gs1Problem? DigitalSignatureKey(Gs1FieldBuffer fields)
    {
        if (fields.IndexOf(DigitalSignature) < 0)
        {
            return null;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var mandatory = fields[i].Ai switch
            {
                "253" or "255" => 13,
                "8003" => 14,
                _ => -1,
            };
            if (mandatory >= 0 && fields[i].Value.Length <= mandatory)
            {
                return new Gs1Problem(Gs1ErrorCodes.DigitalSignatureNeedsSerialisedKey, $"AI ({fields[i].Ai}) must carry its serial component when a digital signature (8030) is present.", fields[i].Position);
            }
        }

        return null;
    }

    private static bool AnySatisfied(Syntax.Gs1AiPattern[][] alternatives, Gs1FieldBuffer fields)
    {
        foreach (var all in alternatives)
        {
            var satisfied = true;
            foreach (var pattern in all)
            {
                if (!AnyMatch(pattern, fields))
                {
                    satisfied = false;
                    break;
                }
            }

            if (satisfied)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMatch(Syntax.Gs1AiPattern pattern, Gs1FieldBuffer fields)
    {
        for (var j = 0; j < fields.Count; j++)
        {
            if (pattern.Matches(fields[j].Ai))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Syntax.Gs1AiPattern[][] alternatives) =>
        string.Join(", ", alternatives.Select(all => string.Join("+", all.Select(p => p.Pattern))));
}
