namespace IntegrationHub.Data.Import;

/// <summary>The file as a whole cannot be imported (no header, missing columns, not UTF-8); nothing was written.</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
