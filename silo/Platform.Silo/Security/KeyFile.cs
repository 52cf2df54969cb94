namespace Platform.Silo.Security;

/// <summary>
/// A key kept in a file of the data folder, created on first use. Several silos starting
/// together on one data folder all end up with the same key: the file is created with one
/// atomic create-if-absent (O_EXCL), so exactly one process writes it and the others read it.
/// (A temporary file moved into place is not enough: a move that must not overwrite is not
/// atomic on every file system.) Mode 0600 from the start.
/// </summary>
public static class KeyFile
{
    /// <summary>
    /// The text of the key file at <paramref name="path"/>, created from <paramref name="create"/>
    /// when absent. <paramref name="isComplete"/> tells a whole text from one still being written.
    /// </summary>
    public static string ReadOrCreate(string path, Func<string> create, Func<string, bool> isComplete)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var text = create();
            try
            {
                using var stream = new FileStream(path, options);
                stream.Write(Encoding.ASCII.GetBytes(text));
                stream.Flush(flushToDisk: true);
                return text;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: read theirs below.
            }
        }

        // The creator may still be writing: wait briefly for the whole text.
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path);
            if (isComplete(text) || attempt >= 50)
            {
                return text;
            }

            Thread.Sleep(20);
        }
    }
}
