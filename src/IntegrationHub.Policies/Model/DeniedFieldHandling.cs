namespace IntegrationHub.Policies;

/// <summary>What an MOU says happens to an operation that selects a field the MOU does not grant
/// (<c>denied-fields</c> in the MOU file).</summary>
public enum DeniedFieldHandling
{
    /// <summary>The field resolves to null with a FORBIDDEN_FIELD error at its path; its siblings still resolve
    /// (<c>denied-fields: field-error</c>, the default).</summary>
    FieldError,

    /// <summary>The whole operation is refused before it runs and nothing is returned
    /// (<c>denied-fields: reject-operation</c>), for parties that want a mistake in a query to fail loudly.</summary>
    RejectOperation,
}
