<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Param</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation lines N (inputs) of one array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical outputs M of one array (two physical columns each when differential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each output uses a positive and a negative physical column (off: single-ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation-line wire R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire resistance of the activation line per cell pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summation-line wire R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire resistance of the summation line per cell pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output resistance of each activation-line driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage at which the sense circuit holds the end of each summation line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of non-zero ternary weights in the random test pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of activation lines driven (1 = all inputs on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re: resistive element I = G(a - s); cse: saturating current source I = I_cell min(1, (a - s)/V_sat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated current of a current-source cell in the on state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage across a current-source cell above which its current is constant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a smaller weight matrix sits in the array: near the drivers and sense circuits, or at the far corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MgO thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel barrier thickness t; RA grows as exp((t - t_ref)/lambda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal (drawn) MTJ diameter nCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nCD minus the electrical diameter eCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device-to-device standard deviation of the MTJ radius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative lognormal spread of RA (sigma/mean), on top of the radius variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMR0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-bias tunnel magnetoresistance as a fraction (1.5 = 150 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMR half-bias voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias V_h at which the TMR has fallen to half: TMR(V) = TMR0/(1+(V/V_h)^2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (activation) voltage across the MTJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA at reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance-area product at the reference MgO thickness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MgO thickness t_ref at which RA equals the reference RA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA decay length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness lambda over which RA grows by a factor e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal stability factor Delta at the reference electrical diameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability reference eCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical diameter at which Delta equals its reference; Delta scales with eCD squared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt time tau0 in the retention time tau0*exp(Delta).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAC bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (activation) converter resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output converter resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAC energy (5 b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of one 5-bit DAC conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC energy (5 b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of one 5-bit ADC conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converter scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How converter energy grows with bits: walden 2^(b-5), thermal 4^(b-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation-line capacitance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation-line capacitance per cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summation-line capacitance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summation-line capacitance per cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply voltage V_dd of the line drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation-line activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average switching activity of the activation lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summation-line swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage swing of a summation line during one MVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed control and timing energy per MVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MVM rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix-vector multiplications per second of one array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of one memory cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periphery area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periphery area per thousand cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cell fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction p of cells on a summation line that conduct during the discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell capacitance on the summation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitance each cell adds to its summation line (discharge-time model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest usable discharge time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this summation-line discharge time the control and pulse-width timing cannot keep up (Cosemans Fig. 6 targets about 1 ns); the configuration is then flagged too fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the chip instance; the same seed gives the same devices on any number of threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices sampled per distribution in the device Monte Carlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip instances (seeds) over which accuracy is averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-set images evaluated (the first N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamChange</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size, DPI and font must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::app::MainWindow</name>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all parameters to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AiMC Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AiMC Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AiMC Explorer %1&lt;/b&gt;&lt;p&gt;Explore analog in-memory computing with MRAM: device variation, IR drop, energy and network accuracy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Plots by QCustomPlot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time AiMC Explorer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language will change when you restart AiMC Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::widgets::DevicePage</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic resistance axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w per LSB (mean P–AP window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w per full range (÷2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_P (parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_AP (antiparallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MTJ resistance, %n devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resistance [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of devices per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G_P: σ/μ = %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G_AP: σ/μ = %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conductance distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conductance [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = −1: σ_w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = 0: σ_w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = +1: σ_w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised ternary weights (differential pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised weight w&apos; [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of pairs per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current: %1 nm, %2 Ω·µm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA versus MgO thickness (Doevenspeck Fig. 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MgO thickness [nm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA [Ω·µm²]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit for w = ±1 at TMR %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit for w = 0 at TMR %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device, w = ±1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device, w = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w = 15 % (Table I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed device variation (Doevenspeck Fig. 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target σ_w [LSB]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest allowed σ/μ of G [%]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical diameter eCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_ON (mean R_P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_P at nominal radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean R_AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMR at read voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ/μ of G_P / G_AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (Monte Carlo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (analytic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal stability Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w is given per LSB: one LSB is the mean P–AP conductance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w is given per full range (−1 … +1), i.e. per LSB ÷ 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV beside the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick label font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamControl</name>
    <message>
        <source>%1: %2 is outside %3 … %4 %5; set to %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamPanel</name>
    <message>
        <source>Device (MTJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossbar array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periphery and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PlotWidget</name>
    <message>
        <source>Export figure and data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AiMC Explorer: analog in-memory computing with MRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this preset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this page (device, array, energy, network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window after the given delay and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
