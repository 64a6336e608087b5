namespace IntegrationHub.Policies;

/// <summary>What is wrong with a policy set; one code per rule so tests and tools can tell the rules apart.</summary>
public enum PolicyErrorCode
{
    /// <summary>The file is not well-formed YAML.</summary>
    Syntax,

    /// <summary>A required file is missing from the policy folder.</summary>
    MissingFile,

    /// <summary>A YAML file lies where the layout has no place for it, so it would silently not load.</summary>
    UnexpectedFile,

    /// <summary>A required key is missing.</summary>
    MissingKey,

    /// <summary>A key the format does not define; usually a misspelling of one it does.</summary>
    UnknownKey,

    /// <summary>A value has the wrong form (a date, a code, a number, a mask, a mapping where a list belongs).</summary>
    InvalidValue,

    /// <summary>Two items share an identifier that must be unique.</summary>
    DuplicateId,

    /// <summary>An MOU grants a scope the catalogue does not define.</summary>
    UnknownScope,

    /// <summary>A scope or mask names a field coordinate the schema does not have.</summary>
    UnknownCoordinate,

    /// <summary>A field coordinate is opened by two scopes; each must belong to exactly one.</summary>
    CoordinateInTwoScopes,

    /// <summary>An MOU names a purpose the catalogue does not define.</summary>
    UnknownPurpose,

    /// <summary>An MOU cites a legal basis that is not a PDPA basis the hub knows.</summary>
    UnknownLegalBasis,

    /// <summary>An MOU or client names an agency that is not defined.</summary>
    UnknownAgency,

    /// <summary>An MOU grants a sensitive scope without citing a basis from PDPA section 26.</summary>
    SensitiveScopeWithoutSection26,

    /// <summary>An MOU's dates are out of order (signed, effective from, effective to).</summary>
    DatesOutOfOrder,

    /// <summary>Two MOUs of one grantee allow the same purpose on overlapping dates, so a request would not know
    /// which one it is made under.</summary>
    OverlappingMous,

    /// <summary>An MOU masks a field that none of its scopes opens.</summary>
    MaskOutsideGrant,

    /// <summary>An MOU masks a field that is not text (a date, a number): the masked value would not be of the field's type.</summary>
    MaskOnNonText,

    /// <summary>A client's credentials do not fit its authentication method, or its secret hash is malformed.</summary>
    InvalidCredentials,

    /// <summary>A client's public key is not a valid public JSON Web Key.</summary>
    InvalidPublicKey,
}
