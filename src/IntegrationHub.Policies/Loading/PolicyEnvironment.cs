namespace IntegrationHub.Policies;

/// <summary>The environment the hub runs in, as far as policies care: only Development loads the demo clients.</summary>
public enum PolicyEnvironment
{
    /// <summary>Any environment that is not Development (staging included): demo clients never load.</summary>
    Production,

    /// <summary>A developer's machine: <c>dev-clients.yaml</c> adds a demo client per partner agency.</summary>
    Development,
}
