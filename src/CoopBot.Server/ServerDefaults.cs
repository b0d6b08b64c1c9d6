namespace CoopBot.Server;

/// <summary>Defaults of the self-host.</summary>
public static class ServerDefaults
{
    /// <summary>The address Azure Functions Core Tools uses, so the Emulator and scripts work with either host.</summary>
    public const string Url = "http://127.0.0.1:7071";
}
