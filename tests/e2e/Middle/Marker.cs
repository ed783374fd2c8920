namespace Middle;

public static class Marker
{
    public static string Name => "middle";
}
