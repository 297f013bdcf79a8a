using MudBlazor;

namespace ShaOversight.Web.Components.Layout;

/// <summary>NHS identity colours. Frutiger is licensed, so Arial (or Liberation Sans) stands in, as the NHS guidance allows.</summary>
public static class NhsTheme
{
    public const string Blue = "#005EB8";
    public const string DarkBlue = "#003087";
    public const string Black = "#212B32";
    public const string DarkGrey = "#425563";
    public const string PaleGrey = "#F0F4F5";
    public const string Green = "#007F3B";
    public const string Red = "#D5281B";
    public const string WarmYellow = "#FFB81C";

    private static readonly string[] Fonts = ["Arial", "Liberation Sans", "Helvetica", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Blue,
            Secondary = DarkBlue,
            Tertiary = DarkGrey,
            Info = Blue,
            Success = Green,
            Error = Red,
            Warning = "#8A5A00",
            AppbarBackground = Blue,
            AppbarText = "#FFFFFF",
            Background = PaleGrey,
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = Black,
            TextPrimary = Black,
            TextSecondary = DarkGrey,
            ActionDefault = DarkGrey,
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none" },
        },
    };
}
