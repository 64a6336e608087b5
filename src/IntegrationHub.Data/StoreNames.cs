using System.Text;

namespace IntegrationHub.Data;

/// <summary>How C# names become database names.</summary>
public static class StoreNames
{
    /// <summary>PascalCase to snake_case: <c>NationalId</c> becomes <c>national_id</c>, <c>NameTh</c>
    /// becomes <c>name_th</c>.</summary>
    public static string SnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }
}
