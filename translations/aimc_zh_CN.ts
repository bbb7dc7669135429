<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Deck</name>
    <message>
        <source>During an MVM every summation line discharges through its cells (Fig. 5). Resistive cells and current-source cells discharge it differently.</source>
        <translation>在一次 MVM 中，每条求和线都通过其单元放电（图 5）。电阻型单元与电流源型单元的放电方式不同。</translation>
    </message>
    <message>
        <source>The discharge time sets the pace (Fig. 6): a 5 MΩ cell discharges its line in about 1 ns, well within the 10 ns of an MVM at 100 MHz.</source>
        <translation>放电时间决定节奏（图 6）：5 MΩ 的单元约 1 ns 即可使其线放电，远在 100 MHz 下一次 MVM 的 10 ns 之内。</translation>
    </message>
    <message>
        <source>Where the energy of one MVM goes (Fig. 7): a 1024 × 1024 array needs 207 pJ, 0.2 fJ per MAC, and the ADCs take the largest share.</source>
        <translation>一次 MVM 的能量去向（图 7）：1024 × 1024 阵列需要 207 pJ，即每次 MAC 0.2 fJ，其中 ADC 占比最大。</translation>
    </message>
    <message>
        <source>Larger arrays share each converter among more cells: efficiency rises with the array size and passes 10 000 TOPS/W at 1024 × 1024.</source>
        <translation>更大的阵列让每个转换器由更多单元共享：能效随阵列尺寸上升，在 1024 × 1024 时超过 10 000 TOPS/W。</translation>
    </message>
    <message>
        <source>Every ADC bit costs energy: 10 131 TOPS/W at 5 bits, but only 2 270 TOPS/W at 8 bits if the ADC energy doubles with each bit.</source>
        <translation>每个 ADC 位都消耗能量：5 位时为 10 131 TOPS/W，但若 ADC 能量每增加一位翻一倍，8 位时仅为 2 270 TOPS/W。</translation>
    </message>
    <message>
        <source>Against published accelerators and the 10 fJ/MAC digital baseline: the 5-bit MRAM array is fifty times as efficient as the 200 TOPS/W of digital logic.</source>
        <translation>与已发表的加速器和 10 fJ/MAC 的数字基线相比：5 位 MRAM 阵列的能效是数字逻辑 200 TOPS/W 的五十倍。</translation>
    </message>
    <message>
        <source>The price is area (Fig. 8): the weights a chip can store against its size; the dotted lines show what well-known networks need.</source>
        <translation>代价是面积（图 8）：芯片可存储的权重数与其面积的关系；虚线表示知名网络所需的权重数。</translation>
    </message>
    <message>
        <source>The MgO barrier sets the resistance: RA grows exponentially with its thickness (Fig. 4). At 2.4 nm it reaches 20 kΩ·µm², enough for a 6 MΩ cell.</source>
        <translation>MgO 势垒决定电阻：RA 随其厚度呈指数增长（图 4）。在 2.4 nm 时达到 20 kΩ·µm²，足以构成 6 MΩ 的单元。</translation>
    </message>
    <message>
        <source>No two devices have the same diameter, so their resistances spread (Fig. 8). R_P and R_AP stay well apart at a TMR of 150 %.</source>
        <translation>没有两个器件的直径完全相同，因此电阻会分散（图 8）。在 TMR 为 150 % 时，R_P 与 R_AP 仍相距甚远。</translation>
    </message>
    <message>
        <source>A differential pair of MTJs stores a ternary weight. As the radius spread grows from 1 to 3 nm, every weight level widens (Fig. 10).</source>
        <translation>一对差分 MTJ 存储一个三值权重。当半径离散从 1 nm 增至 3 nm 时，每个权重级别都会变宽（图 10）。</translation>
    </message>
    <message>
        <source>Fig. 11 turns this around: how much may the conductance vary for a target σ_w? The markers show where this device stands against the limit.</source>
        <translation>图 11 反过来问：对于目标 σ_w，电导最多可以变化多少？标记显示了此器件相对于极限的位置。</translation>
    </message>
    <message>
        <source>Wire resistance makes far cells weigh less (Fig. 15b). With 6 MΩ cells and 1 Ω of wire per cell, a 1024-row array hardly notices.</source>
        <translation>导线电阻使远端单元的权重变小（图 15b）。在 6 MΩ 的单元和每单元 1 Ω 导线下，1024 行的阵列几乎察觉不到。</translation>
    </message>
    <message>
        <source>Thin the barrier and R_ON falls towards 0.5 MΩ: now the far cells lose weight and the column errors grow.</source>
        <translation>减薄势垒，R_ON 降向 0.5 MΩ：此时远端单元失去权重，列误差随之增大。</translation>
    </message>
    <message>
        <source>Accuracy against R_ON (Fig. 16): below about 5 MΩ the IR drop of large arrays costs accuracy. Hence the requirement R_ON &gt; 5 MΩ.</source>
        <translation>准确率与 R_ON 的关系（图 16）：低于约 5 MΩ 时，大阵列的 IR 压降会损失准确率。因此要求 R_ON &gt; 5 MΩ。</translation>
    </message>
    <message>
        <source>What the variation costs (Figs. 13–14): accuracy falls as the weight noise grows, later for networks trained with noise. The marker is this device.</source>
        <translation>变化的代价（图 13–14）：权重噪声增大时准确率下降，带噪声训练的网络下降得更晚。标记即为此器件。</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>this configuration</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Published accelerators (Cosemans Fig. 9 idea)</source>
        <translation>已发表的加速器（仿 Cosemans 图 9）</translation>
    </message>
    <message>
        <source>Activation precision [bit]</source>
        <translation>激活精度 [bit]</translation>
    </message>
    <message>
        <source>Area efficiency [TOPS/mm²]</source>
        <translation>面积效率 [TOPS/mm²]</translation>
    </message>
    <message>
        <source>Energy efficiency [TOPS/W]</source>
        <translation>能效 [TOPS/W]</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Not on this axis (value not reported): %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;未显示在此坐标轴上（未报告该值）：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (infeasible)</source>
        <translation> (不可行)</translation>
    </message>
    <message>
        <source>analog IMC</source>
        <translation>模拟 IMC</translation>
    </message>
    <message>
        <source>digital IMC</source>
        <translation>数字 IMC</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>仿真</translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Activation lines N (inputs) of one array.</source>
        <translation>单个阵列的激活线数 N（输入数）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Logical outputs M of one array (two physical columns each when differential).</source>
        <translation>单个阵列的逻辑输出数 M（差分时每个输出占两列物理列）。</translation>
    </message>
    <message>
        <source>Differential pairs</source>
        <translation>差分对</translation>
    </message>
    <message>
        <source>Each output uses a positive and a negative physical column (off: single-ended).</source>
        <translation>每个输出使用一列正物理列和一列负物理列（关闭：单端）。</translation>
    </message>
    <message>
        <source>Activation-line wire R</source>
        <translation>激活线导线电阻</translation>
    </message>
    <message>
        <source>Wire resistance of the activation line per cell pitch.</source>
        <translation>激活线每个单元间距的导线电阻。</translation>
    </message>
    <message>
        <source>Summation-line wire R</source>
        <translation>求和线导线电阻</translation>
    </message>
    <message>
        <source>Wire resistance of the summation line per cell pitch.</source>
        <translation>求和线每个单元间距的导线电阻。</translation>
    </message>
    <message>
        <source>Driver resistance</source>
        <translation>驱动器电阻</translation>
    </message>
    <message>
        <source>Output resistance of each activation-line driver.</source>
        <translation>每个激活线驱动器的输出电阻。</translation>
    </message>
    <message>
        <source>Clamp voltage</source>
        <translation>钳位电压</translation>
    </message>
    <message>
        <source>Voltage at which the sense circuit holds the end of each summation line.</source>
        <translation>读出电路将每条求和线末端钳位到的电压。</translation>
    </message>
    <message>
        <source>Weight density</source>
        <translation>权重密度</translation>
    </message>
    <message>
        <source>Fraction of non-zero ternary weights in the random test pattern.</source>
        <translation>随机测试图案中非零三值权重所占比例。</translation>
    </message>
    <message>
        <source>Activation density</source>
        <translation>激活密度</translation>
    </message>
    <message>
        <source>Fraction of activation lines driven (1 = all inputs on).</source>
        <translation>被驱动的激活线所占比例（1 = 全部输入开启）。</translation>
    </message>
    <message>
        <source>Cell model</source>
        <translation>单元模型</translation>
    </message>
    <message>
        <source>re: resistive element I = G(a - s); cse: saturating current source I = I_cell min(1, (a - s)/V_sat).</source>
        <translation>re：电阻元件 I = G(a - s)；cse：饱和电流源 I = I_cell min(1, (a - s)/V_sat)。</translation>
    </message>
    <message>
        <source>Cell current</source>
        <translation>单元电流</translation>
    </message>
    <message>
        <source>Saturated current of a current-source cell in the on state.</source>
        <translation>电流源单元在导通状态下的饱和电流。</translation>
    </message>
    <message>
        <source>Saturation voltage</source>
        <translation>饱和电压</translation>
    </message>
    <message>
        <source>Voltage across a current-source cell above which its current is constant.</source>
        <translation>电流源单元两端电压超过该值后，其电流保持恒定。</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置位置</translation>
    </message>
    <message>
        <source>Where a smaller weight matrix sits in the array: near the drivers and sense circuits, or at the far corner.</source>
        <translation>较小的权重矩阵在阵列中的位置：靠近驱动器和读出电路（near），或位于远端角落（far）。</translation>
    </message>
    <message>
        <source>MgO thickness</source>
        <translation>MgO 厚度</translation>
    </message>
    <message>
        <source>Tunnel barrier thickness t; RA grows as exp((t - t_ref)/lambda).</source>
        <translation>隧穿势垒厚度 t；RA 按 exp((t - t_ref)/lambda) 增长。</translation>
    </message>
    <message>
        <source>Nominal CD</source>
        <translation>标称 CD</translation>
    </message>
    <message>
        <source>Nominal (drawn) MTJ diameter nCD.</source>
        <translation>MTJ 的标称（版图）直径 nCD。</translation>
    </message>
    <message>
        <source>CD bias</source>
        <translation>CD 偏差</translation>
    </message>
    <message>
        <source>nCD minus the electrical diameter eCD.</source>
        <translation>nCD 减去电学直径 eCD。</translation>
    </message>
    <message>
        <source>Radius sigma</source>
        <translation>半径 sigma</translation>
    </message>
    <message>
        <source>Device-to-device standard deviation of the MTJ radius.</source>
        <translation>MTJ 半径在器件之间的标准差。</translation>
    </message>
    <message>
        <source>RA spread</source>
        <translation>RA 离散度</translation>
    </message>
    <message>
        <source>Relative lognormal spread of RA (sigma/mean), on top of the radius variation.</source>
        <translation>RA 的相对对数正态离散度（sigma/均值），叠加在半径波动之上。</translation>
    </message>
    <message>
        <source>TMR0</source>
        <translation>TMR0</translation>
    </message>
    <message>
        <source>Zero-bias tunnel magnetoresistance as a fraction (1.5 = 150 %).</source>
        <translation>零偏压隧穿磁阻 TMR，以比值表示（1.5 = 150 %）。</translation>
    </message>
    <message>
        <source>TMR half-bias voltage</source>
        <translation>TMR 半衰偏压</translation>
    </message>
    <message>
        <source>Bias V_h at which the TMR has fallen to half: TMR(V) = TMR0/(1+(V/V_h)^2).</source>
        <translation>TMR 降至一半时的偏压 V_h：TMR(V) = TMR0/(1+(V/V_h)^2)。</translation>
    </message>
    <message>
        <source>Read voltage</source>
        <translation>读取电压</translation>
    </message>
    <message>
        <source>Read (activation) voltage across the MTJ.</source>
        <translation>施加在 MTJ 两端的读取（激活）电压。</translation>
    </message>
    <message>
        <source>RA at reference</source>
        <translation>参考 RA</translation>
    </message>
    <message>
        <source>Resistance-area product at the reference MgO thickness.</source>
        <translation>参考 MgO 厚度下的电阻面积积（RA）。</translation>
    </message>
    <message>
        <source>Reference thickness</source>
        <translation>参考厚度</translation>
    </message>
    <message>
        <source>MgO thickness t_ref at which RA equals the reference RA.</source>
        <translation>RA 等于参考 RA 时的 MgO 厚度 t_ref。</translation>
    </message>
    <message>
        <source>RA decay length</source>
        <translation>RA 特征长度</translation>
    </message>
    <message>
        <source>Thickness lambda over which RA grows by a factor e.</source>
        <translation>RA 增大 e 倍所对应的厚度 lambda。</translation>
    </message>
    <message>
        <source>Thermal stability</source>
        <translation>热稳定性</translation>
    </message>
    <message>
        <source>Thermal stability factor Delta at the reference electrical diameter.</source>
        <translation>参考电学直径下的热稳定性因子 Delta。</translation>
    </message>
    <message>
        <source>Stability reference eCD</source>
        <translation>热稳定性参考 eCD</translation>
    </message>
    <message>
        <source>Electrical diameter at which Delta equals its reference; Delta scales with eCD squared.</source>
        <translation>Delta 等于其参考值时的电学直径；Delta 与 eCD 的平方成正比。</translation>
    </message>
    <message>
        <source>Attempt time</source>
        <translation>尝试时间</translation>
    </message>
    <message>
        <source>Attempt time tau0 in the retention time tau0*exp(Delta).</source>
        <translation>保持时间 tau0*exp(Delta) 中的尝试时间 tau0。</translation>
    </message>
    <message>
        <source>DAC bits</source>
        <translation>DAC 位数</translation>
    </message>
    <message>
        <source>Input (activation) converter resolution.</source>
        <translation>输入（激活）转换器的分辨率。</translation>
    </message>
    <message>
        <source>ADC bits</source>
        <translation>ADC 位数</translation>
    </message>
    <message>
        <source>Output converter resolution.</source>
        <translation>输出转换器的分辨率。</translation>
    </message>
    <message>
        <source>DAC energy (5 b)</source>
        <translation>DAC 能耗（5 位）</translation>
    </message>
    <message>
        <source>Energy of one 5-bit DAC conversion.</source>
        <translation>一次 5 位 DAC 转换的能耗。</translation>
    </message>
    <message>
        <source>ADC energy (5 b)</source>
        <translation>ADC 能耗（5 位）</translation>
    </message>
    <message>
        <source>Energy of one 5-bit ADC conversion.</source>
        <translation>一次 5 位 ADC 转换的能耗。</translation>
    </message>
    <message>
        <source>Converter scaling</source>
        <translation>转换器能耗缩放</translation>
    </message>
    <message>
        <source>How converter energy grows with bits: walden 2^(b-5), thermal 4^(b-5).</source>
        <translation>转换器能耗随位数的增长方式：walden 为 2^(b-5)，thermal 为 4^(b-5)。</translation>
    </message>
    <message>
        <source>Activation-line capacitance</source>
        <translation>激活线电容</translation>
    </message>
    <message>
        <source>Activation-line capacitance per cell.</source>
        <translation>每个单元的激活线电容。</translation>
    </message>
    <message>
        <source>Summation-line capacitance</source>
        <translation>求和线电容</translation>
    </message>
    <message>
        <source>Summation-line capacitance per cell.</source>
        <translation>每个单元的求和线电容。</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>电源电压</translation>
    </message>
    <message>
        <source>Supply voltage V_dd of the line drivers.</source>
        <translation>线驱动器的电源电压 V_dd。</translation>
    </message>
    <message>
        <source>Activation-line activity</source>
        <translation>激活线活动率</translation>
    </message>
    <message>
        <source>Average switching activity of the activation lines.</source>
        <translation>激活线的平均翻转活动率。</translation>
    </message>
    <message>
        <source>Summation-line swing</source>
        <translation>求和线摆幅</translation>
    </message>
    <message>
        <source>Voltage swing of a summation line during one MVM.</source>
        <translation>一次 MVM 期间求和线的电压摆幅。</translation>
    </message>
    <message>
        <source>Control energy</source>
        <translation>控制能耗</translation>
    </message>
    <message>
        <source>Fixed control and timing energy per MVM.</source>
        <translation>每次 MVM 固定的控制与时序能耗。</translation>
    </message>
    <message>
        <source>MVM rate</source>
        <translation>MVM 速率</translation>
    </message>
    <message>
        <source>Matrix-vector multiplications per second of one array.</source>
        <translation>单个阵列每秒执行的矩阵向量乘法次数。</translation>
    </message>
    <message>
        <source>Cell area</source>
        <translation>单元面积</translation>
    </message>
    <message>
        <source>Area of one memory cell.</source>
        <translation>单个存储单元的面积。</translation>
    </message>
    <message>
        <source>Periphery area</source>
        <translation>外围电路面积</translation>
    </message>
    <message>
        <source>Periphery area per thousand cells.</source>
        <translation>每千个单元的外围电路面积。</translation>
    </message>
    <message>
        <source>Active cell fraction</source>
        <translation>导通单元比例</translation>
    </message>
    <message>
        <source>Fraction p of cells on a summation line that conduct during the discharge.</source>
        <translation>放电期间一条求和线上导通单元所占比例 p。</translation>
    </message>
    <message>
        <source>Cell capacitance on the summation line</source>
        <translation>单元在求和线上的电容</translation>
    </message>
    <message>
        <source>Capacitance each cell adds to its summation line (discharge-time model).</source>
        <translation>每个单元给其求和线增加的电容（放电时间模型）。</translation>
    </message>
    <message>
        <source>Shortest usable discharge time</source>
        <translation>最短可用放电时间</translation>
    </message>
    <message>
        <source>Below this summation-line discharge time the control and pulse-width timing cannot keep up (Cosemans Fig. 6 targets about 1 ns); the configuration is then flagged too fast.</source>
        <translation>求和线放电时间低于该值时，控制与脉宽时序电路无法跟上（Cosemans 图 6 的目标约为 1 ns）；此时该配置被标记为过快。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed of the chip instance; the same seed gives the same devices on any number of threads.</source>
        <translation>芯片实例的随机种子；相同的种子在任意线程数下都生成相同的器件。</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙特卡洛样本数</translation>
    </message>
    <message>
        <source>Devices sampled per distribution in the device Monte Carlo.</source>
        <translation>器件蒙特卡洛中每个分布抽样的器件数。</translation>
    </message>
    <message>
        <source>Chip instances</source>
        <translation>芯片实例数</translation>
    </message>
    <message>
        <source>Chip instances (seeds) over which accuracy is averaged.</source>
        <translation>用于平均准确率的芯片实例（随机种子）数。</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像数</translation>
    </message>
    <message>
        <source>Test-set images evaluated (the first N).</source>
        <translation>评估的测试集图像数（取前 N 张）。</translation>
    </message>
    <message>
        <source>Read scheme</source>
        <translation>读出方案</translation>
    </message>
    <message>
        <source>clamp: voltage-encoded inputs, summation lines clamped by the sense circuit (DC); precharge: pulse-width inputs discharge precharged summation lines (Cosemans Fig. 4).</source>
        <translation>clamp：电压编码输入，求和线由读出电路钳位（DC）；precharge：脉宽编码输入使预充电的求和线放电（Cosemans Fig. 4）。</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>The device behind every cell: SOT-MRAM, STT-MRAM, measured devices from a file, IGZO 2T1C gain cell or projection PCM.</source>
        <translation>每个单元所用的器件：SOT-MRAM、STT-MRAM、来自文件的实测器件、IGZO 2T1C 增益单元或投影 PCM。</translation>
    </message>
    <message>
        <source>SOT write current</source>
        <translation>SOT 写入电流</translation>
    </message>
    <message>
        <source>Critical switching current through the SOT track.</source>
        <translation>流过 SOT 轨道的临界翻转电流。</translation>
    </message>
    <message>
        <source>SOT track resistance</source>
        <translation>SOT 轨道电阻</translation>
    </message>
    <message>
        <source>Resistance of the SOT write track; V_WR = I_write R_track.</source>
        <translation>SOT 写入轨道的电阻；V_WR = I_write R_track。</translation>
    </message>
    <message>
        <source>STT switching current density</source>
        <translation>STT 翻转电流密度</translation>
    </message>
    <message>
        <source>Critical current density J_c through the barrier; V_WR = J_c RA.</source>
        <translation>穿过势垒的临界电流密度 J_c；V_WR = J_c RA。</translation>
    </message>
    <message>
        <source>Barrier breakdown voltage</source>
        <translation>势垒击穿电压</translation>
    </message>
    <message>
        <source>Voltage at which the MgO barrier breaks down.</source>
        <translation>MgO 势垒击穿时的电压。</translation>
    </message>
    <message>
        <source>Breakdown margin</source>
        <translation>击穿裕量</translation>
    </message>
    <message>
        <source>Writable when V_WR (1 + margin) stays below the breakdown voltage.</source>
        <translation>当 V_WR (1 + margin) 低于击穿电压时可写。</translation>
    </message>
    <message>
        <source>Gain-cell on current</source>
        <translation>增益单元导通电流</translation>
    </message>
    <message>
        <source>Programmed saturated read current of an on cell.</source>
        <translation>导通单元编程后的饱和读取电流。</translation>
    </message>
    <message>
        <source>Gain-cell on/off ratio</source>
        <translation>增益单元开关比</translation>
    </message>
    <message>
        <source>On current over off current.</source>
        <translation>导通电流与关断电流之比。</translation>
    </message>
    <message>
        <source>Threshold-voltage sigma</source>
        <translation>阈值电压 sigma</translation>
    </message>
    <message>
        <source>Device-to-device spread of V_th; without write-verify the current is lognormal with sigma_ln = sigma_Vth/(n U_T).</source>
        <translation>V_th 的器件间离散；不做写入-校验时电流服从对数正态分布，sigma_ln = sigma_Vth/(n U_T)。</translation>
    </message>
    <message>
        <source>Subthreshold slope factor</source>
        <translation>亚阈值斜率因子</translation>
    </message>
    <message>
        <source>Ideality n of the subthreshold current I = I_0 exp((V_g - V_th)/(n U_T)).</source>
        <translation>亚阈值电流 I = I_0 exp((V_g - V_th)/(n U_T)) 的理想因子 n。</translation>
    </message>
    <message>
        <source>Write-verify tolerance</source>
        <translation>写入-校验容差</translation>
    </message>
    <message>
        <source>Relative tolerance to which write-verify trims each cell&apos;s current (uniform residual); 0 = no write-verify.</source>
        <translation>写入-校验将每个单元电流修正到的相对容差（均匀残差）；0 = 不做写入-校验。</translation>
    </message>
    <message>
        <source>Storage capacitance</source>
        <translation>存储电容</translation>
    </message>
    <message>
        <source>Capacitor C_s that holds the weight charge.</source>
        <translation>保存权重电荷的电容 C_s。</translation>
    </message>
    <message>
        <source>Write-transistor leakage</source>
        <translation>写晶体管泄漏</translation>
    </message>
    <message>
        <source>Off current of the IGZO write transistor (1 yA = 1e-24 A); it drains C_s.</source>
        <translation>IGZO 写晶体管的关断电流（1 yA = 1e-24 A）；它使 C_s 放电。</translation>
    </message>
    <message>
        <source>Gain-cell write voltage</source>
        <translation>增益单元写入电压</translation>
    </message>
    <message>
        <source>Gate voltage of the write transistor during a write.</source>
        <translation>写入期间写晶体管的栅极电压。</translation>
    </message>
    <message>
        <source>PCM levels</source>
        <translation>PCM 级数</translation>
    </message>
    <message>
        <source>Conductance levels programmed with write-verify; a ternary pair uses the lowest and the highest.</source>
        <translation>用写入-校验编程的电导级数；三值对使用最低和最高两级。</translation>
    </message>
    <message>
        <source>PCM on resistance</source>
        <translation>PCM 导通电阻</translation>
    </message>
    <message>
        <source>Resistance of the highest-conductance level at t0.</source>
        <translation>t0 时刻最高电导级的电阻。</translation>
    </message>
    <message>
        <source>PCM on/off ratio</source>
        <translation>PCM 开关比</translation>
    </message>
    <message>
        <source>Highest over lowest level conductance (the projection layer narrows it).</source>
        <translation>最高级与最低级电导之比（投影层会使其变窄）。</translation>
    </message>
    <message>
        <source>Programming spread</source>
        <translation>编程离散</translation>
    </message>
    <message>
        <source>Relative lognormal spread (sigma/mean) of a level after write-verify.</source>
        <translation>写入-校验后某一级的相对对数正态离散（sigma/mean）。</translation>
    </message>
    <message>
        <source>Drift exponent</source>
        <translation>漂移指数</translation>
    </message>
    <message>
        <source>Mean drift exponent: R(t) = R(t0) (t/t0)^nu (projection PCM about 0.005-0.01, regular PCM 0.05-0.1).</source>
        <translation>平均漂移指数：R(t) = R(t0) (t/t0)^nu（投影 PCM 约 0.005-0.01，普通 PCM 0.05-0.1）。</translation>
    </message>
    <message>
        <source>Drift exponent sigma</source>
        <translation>漂移指数 sigma</translation>
    </message>
    <message>
        <source>Device-to-device standard deviation of the drift exponent.</source>
        <translation>漂移指数的器件间标准差。</translation>
    </message>
    <message>
        <source>Drift reference time</source>
        <translation>漂移参考时间</translation>
    </message>
    <message>
        <source>Time t0 after programming at which write-verify checked the level.</source>
        <translation>编程后写入-校验检查该级的时间 t0。</translation>
    </message>
    <message>
        <source>PCM write voltage</source>
        <translation>PCM 写入电压</translation>
    </message>
    <message>
        <source>Voltage of the heater write path.</source>
        <translation>加热器写入通路的电压。</translation>
    </message>
    <message>
        <source>Time since programming</source>
        <translation>编程后时间</translation>
    </message>
    <message>
        <source>When the devices are read after they were programmed (drift, leakage).</source>
        <translation>器件在编程后多久被读取（漂移、泄漏）。</translation>
    </message>
    <message>
        <source>Pulse width per LSB</source>
        <translation>每 LSB 脉宽</translation>
    </message>
    <message>
        <source>Precharge scheme: an activation code x drives its line for x times this width.</source>
        <translation>预充电方案：激活码 x 以 x 倍此宽度驱动其激活线。</translation>
    </message>
    <message>
        <source>Precharge voltage</source>
        <translation>预充电电压</translation>
    </message>
    <message>
        <source>Precharge scheme: the summation lines start at this voltage; the ADC reads how far they fall.</source>
        <translation>预充电方案：求和线从此电压开始；ADC 读取其下降量。</translation>
    </message>
    <message>
        <source>Sense-amplifier offset σ</source>
        <translation>灵敏放大器失调 σ</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: standard deviation of each sense amplifier&apos;s static input-referred offset (one draw per amplifier and chip).</source>
        <translation>二值脉冲子阵列：每个灵敏放大器静态输入失调的标准差（每个放大器每个芯片抽样一次）。</translation>
    </message>
    <message>
        <source>Sense transimpedance</source>
        <translation>感测跨阻</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: the sense amplifier sees the bit-line current difference times this resistance, so an offset of σ mV is σ/(R·I_count) counts.</source>
        <translation>二值脉冲子阵列：灵敏放大器看到的是位线电流差乘以该电阻，因此 σ mV 的失调相当于 σ/(R·I_count) 个计数。</translation>
    </message>
    <message>
        <source>Sensing time</source>
        <translation>感测时间</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: how long the read current flows in one sensing phase (one time step).</source>
        <translation>二值脉冲子阵列：一个感测阶段（一个时间步）内读电流流动的时间。</translation>
    </message>
    <message>
        <source>Sense-amplifier energy</source>
        <translation>灵敏放大器能量</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: energy of one sense-amplifier decision (one column pair, one sensing phase).</source>
        <translation>二值脉冲子阵列：灵敏放大器一次判决的能量（一对列，一个感测阶段）。</translation>
    </message>
</context>
<context>
    <name>ParamChange</name>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1：写入失败（%2）</translation>
    </message>
    <message>
        <source>%1: size, DPI and font must be positive</source>
        <translation>%1：尺寸、DPI 和字号必须为正数</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1 s (%2 days)</source>
        <translation>%1 s（%2 天）</translation>
    </message>
    <message>
        <source>%1 s (%2 years)</source>
        <translation>%1 s（%2 年）</translation>
    </message>
    <message>
        <source>Physical column j (driver at j = 0)</source>
        <translation>物理列 j（驱动器位于 j = 0）</translation>
    </message>
    <message>
        <source>Row i (sense circuit below the last row)</source>
        <translation>行 i（读出电路位于最后一行下方）</translation>
    </message>
    <message>
        <source>&gt; 1e30 s (longer than the age of the universe)</source>
        <translation>&gt; 1e30 s（超过宇宙年龄）</translation>
    </message>
</context>
<context>
    <name>TechnologyEdit</name>
    <message>
        <source>IGZO 2T1C gain cells are current sources: array.cell_model set to cse as well (one undo step).</source>
        <translation>IGZO 2T1C 增益单元是电流源：array.cell_model 也已设为 cse（一步撤销）。</translation>
    </message>
    <message>
        <source>Measured devices need a file: use File → Import measured devices…</source>
        <translation>实测器件需要一个文件：请使用 文件 → 导入实测器件…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
</context>
<context>
    <name>aimc::app::DeckPlayer</name>
    <message>
        <source>deck step %1</source>
        <translation>讲稿第 %1 步</translation>
    </message>
</context>
<context>
    <name>aimc::app::MainWindow</name>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1: %2 ms (%3)</source>
        <translation>%1：%2 ms（%3）</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open preset…</source>
        <translation>打开预设(&amp;O)…</translation>
    </message>
    <message>
        <source>Shipped presets</source>
        <translation>内置预设</translation>
    </message>
    <message>
        <source>Recent presets</source>
        <translation>最近使用的预设</translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation>保存预设(&amp;S)</translation>
    </message>
    <message>
        <source>Save preset &amp;as…</source>
        <translation>预设另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export all figures…</source>
        <translation>导出全部图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Reset all parameters to defaults</source>
        <translation>将全部参数重置为默认值</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AiMC Explorer</source>
        <translation>关于 AiMC Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open preset</source>
        <translation>无法打开预设</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1：写入失败（%2）</translation>
    </message>
    <message>
        <source>Cannot save preset</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>打开预设</translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation>预设 (*.json)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部参数</translation>
    </message>
    <message>
        <source>About AiMC Explorer</source>
        <translation>关于 AiMC Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;AiMC Explorer %1&lt;/b&gt;&lt;p&gt;Explore analog in-memory computing with MRAM: device variation, IR drop, energy and network accuracy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Plots by QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AiMC Explorer %1&lt;/b&gt;&lt;p&gt;探索基于 MRAM 的模拟存内计算：器件波动、IR 压降、能耗与网络准确率。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。绘图使用 QCustomPlot。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Spotlight the plot under the mouse</source>
        <translation>聚焦鼠标下的图</translation>
    </message>
    <message>
        <source>End the spotlight</source>
        <translation>结束聚焦</translation>
    </message>
    <message>
        <source>Next plots</source>
        <translation>下一组图</translation>
    </message>
    <message>
        <source>Previous plots</source>
        <translation>上一组图</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>讲稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>打开讲稿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>打开讲稿</translation>
    </message>
    <message>
        <source>Decks (*.json)</source>
        <translation>讲稿 (*.json)</translation>
    </message>
    <message>
        <source>Shipped decks</source>
        <translation>随附讲稿</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Close deck</source>
        <translation>关闭讲稿</translation>
    </message>
    <message>
        <source>Cannot open deck</source>
        <translation>无法打开讲稿</translation>
    </message>
    <message>
        <source>&amp;Import measured devices…</source>
        <translation>导入实测器件(&amp;I)…</translation>
    </message>
    <message>
        <source>Cannot import measured devices</source>
        <translation>无法导入实测器件</translation>
    </message>
    <message>
        <source>Import measured devices (%1)</source>
        <translation>导入实测器件（%1）</translation>
    </message>
</context>
<context>
    <name>aimc::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time AiMC Explorer starts.</source>
        <translation>新的语言将在下次启动 AiMC Explorer 时生效。</translation>
    </message>
    <message>
        <source>The language will change when you restart AiMC Explorer.</source>
        <translation>重新启动 AiMC Explorer 后语言才会更改。</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ArrayPage</name>
    <message>
        <source>Array</source>
        <translation>阵列</translation>
    </message>
    <message>
        <source>Clamped: %1</source>
        <translation>已限制：%1</translation>
    </message>
    <message>
        <source>The IR-drop solve did not converge (%1, relative residual %2 after %3 iterations): no maps are shown.</source>
        <translation>IR 压降求解未收敛（%1，%3 次迭代后相对残差为 %2）：不显示分布图。</translation>
    </message>
    <message>
        <source>Solved on the full %1 × %2 cells; the maps show averages of %3 × %4 cells.</source>
        <translation>在完整的 %1 × %2 个单元上求解；分布图显示每 %3 × %4 个单元的平均值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2 cells&lt;/b&gt; (%3 outputs%4), %5 cells · solved in %6 ms: %7 line sweeps + %8 CG iterations%9, relative residual %10 · max IR drop &lt;b&gt;%11&lt;/b&gt; · effective weight ratio min &lt;b&gt;%12&lt;/b&gt;, mean %13 · column error max &lt;b&gt;%14 %&lt;/b&gt;, rms %15 % · output error max %16 % of full scale · SL discharge %17</source>
        <translation>&lt;b&gt;%1 × %2 个单元&lt;/b&gt;（%3 个输出%4），%5单元 · 求解耗时 %6 ms：%7 次线扫描 + %8 次 CG 迭代%9，相对残差 %10 · 最大 IR 压降 &lt;b&gt;%11&lt;/b&gt; · 有效权重比 最小 &lt;b&gt;%12&lt;/b&gt;，平均 %13 · 列误差 最大 &lt;b&gt;%14 %&lt;/b&gt;，均方根 %15 % · 输出误差 最大为满量程的 %16 % · SL 放电 %17</translation>
    </message>
    <message>
        <source>, differential</source>
        <translation>，差分</translation>
    </message>
    <message>
        <source>resistive</source>
        <translation>电阻型</translation>
    </message>
    <message>
        <source>current-source</source>
        <translation>电流源型</translation>
    </message>
    <message>
        <source> in %1 Newton steps</source>
        <translation> (共 %1 个牛顿步)</translation>
    </message>
    <message>
        <source>Activation-line voltage a(i, j)</source>
        <translation>激活线电压 a(i, j)</translation>
    </message>
    <message>
        <source>Voltage [mV]</source>
        <translation>电压 [mV]</translation>
    </message>
    <message>
        <source>Summation-line voltage s(i, j)</source>
        <translation>求和线电压 s(i, j)</translation>
    </message>
    <message>
        <source>Actual / ideal cell current [1]</source>
        <translation>实际 / 理想单元电流 [1]</translation>
    </message>
    <message>
        <source>Resistive cells</source>
        <translation>电阻型单元</translation>
    </message>
    <message>
        <source>Current-source cells</source>
        <translation>电流源型单元</translation>
    </message>
    <message>
        <source>Cell position from the sense circuit</source>
        <translation>单元距读出电路的位置</translation>
    </message>
    <message>
        <source>SL voltage above clamp [mV]</source>
        <translation>SL 电压高出钳位电压的值 [mV]</translation>
    </message>
    <message>
        <source>Column current vs ideal [%]</source>
        <translation>列电流相对理想值的偏差 [%]</translation>
    </message>
    <message>
        <source>Output vs ideal [% of full scale]</source>
        <translation>输出相对理想值的偏差 [满量程的 %]</translation>
    </message>
    <message>
        <source>Physical column j</source>
        <translation>物理列 j</translation>
    </message>
    <message>
        <source>Relative error [%]</source>
        <translation>相对误差 [%]</translation>
    </message>
    <message>
        <source>Resistive: 50 % vs R_cell (bottom axis)</source>
        <translation>电阻型：50 % 放电时间与 R_cell 的关系（下轴）</translation>
    </message>
    <message>
        <source>Current source: ΔV vs I_cell (top axis)</source>
        <translation>电流源型：ΔV 放电时间与 I_cell 的关系（上轴）</translation>
    </message>
    <message>
        <source>This device: R_ON %1 → %2</source>
        <translation>当前器件：R_ON %1 → %2</translation>
    </message>
    <message>
        <source>This I_cell %1 → %2</source>
        <translation>当前 I_cell %1 → %2</translation>
    </message>
    <message>
        <source>Cell resistance R_cell [Ω]</source>
        <translation>单元电阻 R_cell [Ω]</translation>
    </message>
    <message>
        <source>Discharge time [ns]</source>
        <translation>放电时间 [ns]</translation>
    </message>
    <message>
        <source>Cell current I_cell [A]</source>
        <translation>单元电流 I_cell [A]</translation>
    </message>
    <message>
        <source>Weight ratio (Doevenspeck Fig. 15b)</source>
        <translation>权重比（Doevenspeck 图 15b）</translation>
    </message>
    <message>
        <source>SL profile, column %1 (Cosemans Fig. 5)</source>
        <translation>SL 电压分布，第 %1 列（Cosemans 图 5）</translation>
    </message>
    <message>
        <source>Column errors vs ideal MVM</source>
        <translation>各列相对理想 MVM 的误差</translation>
    </message>
    <message>
        <source>1 ns target (N = %1, %2 % active)</source>
        <translation>1 ns 目标（N = %1，%2 % 导通）</translation>
    </message>
    <message>
        <source>SL discharge time (Cosemans Fig. 6)</source>
        <translation>SL 放电时间（Cosemans 图 6）</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ComputePage</name>
    <message>
        <source>This page could not be computed: %1</source>
        <translation>本页无法计算：%1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::DevicePage</name>
    <message>
        <source>Device</source>
        <translation>器件</translation>
    </message>
    <message>
        <source>σ_w per full range (÷2)</source>
        <translation>σ_w 以满量程为单位（÷2）</translation>
    </message>
    <message>
        <source>Weight normalisation:</source>
        <translation>权重归一化：</translation>
    </message>
    <message>
        <source>R_P (parallel)</source>
        <translation>R_P（平行态）</translation>
    </message>
    <message>
        <source>R_AP (antiparallel)</source>
        <translation>R_AP（反平行态）</translation>
    </message>
    <message numerus="yes">
        <source>MTJ resistance, %n devices</source>
        <translation>
            <numerusform>MTJ 电阻，%n 个器件</numerusform>
        </translation>
    </message>
    <message>
        <source>Resistance [%1]</source>
        <translation>电阻 [%1]</translation>
    </message>
    <message>
        <source>Fraction of devices per bin</source>
        <translation>每个区间的器件比例</translation>
    </message>
    <message>
        <source>G_P: σ/μ = %1 %</source>
        <translation>G_P：σ/μ = %1 %</translation>
    </message>
    <message>
        <source>G_AP: σ/μ = %1 %</source>
        <translation>G_AP：σ/μ = %1 %</translation>
    </message>
    <message>
        <source>Conductance distributions</source>
        <translation>电导分布</translation>
    </message>
    <message>
        <source>Conductance [%1]</source>
        <translation>电导 [%1]</translation>
    </message>
    <message>
        <source>LSB</source>
        <translation>LSB</translation>
    </message>
    <message>
        <source>full range</source>
        <translation>满量程</translation>
    </message>
    <message>
        <source>w = −1: σ_w = %1</source>
        <translation>w = −1：σ_w = %1</translation>
    </message>
    <message>
        <source>w = 0: σ_w = %1</source>
        <translation>w = 0：σ_w = %1</translation>
    </message>
    <message>
        <source>w = +1: σ_w = %1</source>
        <translation>w = +1：σ_w = %1</translation>
    </message>
    <message>
        <source>Realised ternary weights (differential pair)</source>
        <translation>实际实现的三值权重（差分对）</translation>
    </message>
    <message>
        <source>Realised weight w&apos; [%1]</source>
        <translation>实际权重 w&apos; [%1]</translation>
    </message>
    <message>
        <source>Fraction of pairs per bin</source>
        <translation>每个区间的差分对比例</translation>
    </message>
    <message>
        <source>RA(t)</source>
        <translation>RA(t)</translation>
    </message>
    <message>
        <source>current: %1 nm, %2 Ω·µm²</source>
        <translation>当前值：%1 nm，%2 Ω·µm²</translation>
    </message>
    <message>
        <source>MgO thickness [nm]</source>
        <translation>MgO 厚度 [nm]</translation>
    </message>
    <message>
        <source>RA [Ω·µm²]</source>
        <translation>RA [Ω·µm²]</translation>
    </message>
    <message>
        <source>limit for w = ±1 at TMR %1 %</source>
        <translation>w = ±1 的上限（TMR %1 %）</translation>
    </message>
    <message>
        <source>limit for w = 0 at TMR %1 %</source>
        <translation>w = 0 的上限（TMR %1 %）</translation>
    </message>
    <message>
        <source>this device, w = ±1</source>
        <translation>当前器件，w = ±1</translation>
    </message>
    <message>
        <source>this device, w = 0</source>
        <translation>当前器件，w = 0</translation>
    </message>
    <message>
        <source>σ_w = 15 % (Table I)</source>
        <translation>σ_w = 15 %（表 I）</translation>
    </message>
    <message>
        <source>Target σ_w [LSB]</source>
        <translation>目标 σ_w [LSB]</translation>
    </message>
    <message>
        <source>Largest allowed σ/μ of G [%]</source>
        <translation>G 的最大允许 σ/μ [%]</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>RA</translation>
    </message>
    <message>
        <source>Electrical diameter eCD</source>
        <translation>电学直径 eCD</translation>
    </message>
    <message>
        <source>R_ON (mean R_P)</source>
        <translation>R_ON（R_P 均值）</translation>
    </message>
    <message>
        <source>R_P at nominal radius</source>
        <translation>标称半径下的 R_P</translation>
    </message>
    <message>
        <source>Mean R_AP</source>
        <translation>R_AP 均值</translation>
    </message>
    <message>
        <source>TMR at read voltage</source>
        <translation>读取电压下的 TMR</translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (Monte Carlo)</source>
        <translation>−1 / 0 / +1 的 σ_w（蒙特卡洛）</translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (analytic)</source>
        <translation>−1 / 0 / +1 的 σ_w（解析）</translation>
    </message>
    <message>
        <source>Thermal stability Δ</source>
        <translation>热稳定性 Δ</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>保持时间</translation>
    </message>
    <message>
        <source>Devices sampled</source>
        <translation>抽样器件数</translation>
    </message>
    <message>
        <source>σ_w is given per full range (−1 … +1), i.e. per LSB ÷ 2.</source>
        <translation>σ_w 以满量程（−1 … +1）为单位，即 LSB 单位值 ÷ 2。</translation>
    </message>
    <message>
        <source>RA vs MgO thickness (Fig. 4)</source>
        <translation>RA 与 MgO 厚度的关系（图 4）</translation>
    </message>
    <message>
        <source>Allowed variation (Fig. 11)</source>
        <translation>允许的波动（图 11）</translation>
    </message>
    <message>
        <source>Logarithmic resistance / current axis</source>
        <translation>对数电阻 / 电流坐标轴</translation>
    </message>
    <message>
        <source>σ_w per LSB (mean on–off window)</source>
        <translation>每 LSB 的 σ_w（平均导通–关断窗口）</translation>
    </message>
    <message>
        <source>I_on: σ/μ = %1 %</source>
        <translation>I_on：σ/μ = %1 %</translation>
    </message>
    <message>
        <source>I_off: σ/μ = %1 %</source>
        <translation>I_off：σ/μ = %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Cell current, %n devices</source>
        <translation>
            <numerusform>单元电流，%n 个器件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell current [%1]</source>
        <translation>单元电流 [%1]</translation>
    </message>
    <message>
        <source>R_on (level %1)</source>
        <translation>R_on（第 %1 级）</translation>
    </message>
    <message>
        <source>R_off (level 0)</source>
        <translation>R_off（第 0 级）</translation>
    </message>
    <message numerus="yes">
        <source>Device resistance, %n devices</source>
        <translation>
            <numerusform>器件电阻，%n 个器件</numerusform>
        </translation>
    </message>
    <message>
        <source>G_on: σ/μ = %1 %</source>
        <translation>G_on：σ/μ = %1 %</translation>
    </message>
    <message>
        <source>G_off: σ/μ = %1 %</source>
        <translation>G_off：σ/μ = %1 %</translation>
    </message>
    <message>
        <source>on level</source>
        <translation>导通级</translation>
    </message>
    <message>
        <source>off level (0)</source>
        <translation>关断级（0）</translation>
    </message>
    <message>
        <source>read at %1 (device.t_read_s)</source>
        <translation>读取于 %1（device.t_read_s）</translation>
    </message>
    <message>
        <source>%1: mean strength vs time since programming</source>
        <translation>%1：平均强度随编程后时间的变化</translation>
    </message>
    <message>
        <source>Time since programming [years]</source>
        <translation>编程后时间 [年]</translation>
    </message>
    <message>
        <source>Mean strength / value at read time</source>
        <translation>平均强度 / 读取时刻的值</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>I_cell (mean on current)</source>
        <translation>I_cell（平均导通电流）</translation>
    </message>
    <message>
        <source>Mean off current</source>
        <translation>平均关断电流</translation>
    </message>
    <message>
        <source>R_ON (mean on resistance)</source>
        <translation>R_ON（平均导通电阻）</translation>
    </message>
    <message>
        <source>Mean off resistance</source>
        <translation>平均关断电阻</translation>
    </message>
    <message>
        <source>Stored levels</source>
        <translation>存储级数</translation>
    </message>
    <message>
        <source>MTJ fit: eCD / σ of the radius</source>
        <translation>MTJ 拟合：eCD / 半径的 σ</translation>
    </message>
    <message>
        <source>MTJ fit: KS distance (P state)</source>
        <translation>MTJ 拟合：KS 距离（P 态）</translation>
    </message>
    <message>
        <source>σ/μ of I_on / I_off</source>
        <translation>I_on / I_off 的 σ/μ</translation>
    </message>
    <message>
        <source>σ/μ of G_on / G_off</source>
        <translation>G_on / G_off 的 σ/μ</translation>
    </message>
    <message>
        <source>Write voltage V_WR</source>
        <translation>写入电压 V_WR</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Read at (time since programming)</source>
        <translation>读取时刻（编程后时间）</translation>
    </message>
    <message>
        <source>σ_w is given per LSB: one LSB is the mean on–off strength window.</source>
        <translation>σ_w 以 LSB 为单位：一个 LSB 是平均导通–关断强度窗口。</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::EnergyPage</name>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Energy per MAC [fJ]</source>
        <translation>每次 MAC 的能耗 [fJ]</translation>
    </message>
    <message>
        <source>Energy per MVM [pJ]</source>
        <translation>每次 MVM 的能耗 [pJ]</translation>
    </message>
    <message>
        <source>against activation precision</source>
        <translation>对比激活精度</translation>
    </message>
    <message>
        <source>against area efficiency (TOPS/mm²)</source>
        <translation>对比面积效率 (TOPS/mm²)</translation>
    </message>
    <message>
        <source>Breakdown bars:</source>
        <translation>能耗分解柱状图：</translation>
    </message>
    <message>
        <source>Published accelerators:</source>
        <translation>已发表的加速器：</translation>
    </message>
    <message>
        <source>
(infeasible)</source>
        <translation>
（不可行）</translation>
    </message>
    <message>
        <source>DACs</source>
        <translation>DAC</translation>
    </message>
    <message>
        <source>ADCs</source>
        <translation>ADC</translation>
    </message>
    <message>
        <source>%1 pJ
%2 fJ/MAC</source>
        <translation>%1 pJ
%2 fJ/MAC</translation>
    </message>
    <message>
        <source>Energy of one MVM (Cosemans Fig. 7)</source>
        <translation>一次 MVM 的能耗（Cosemans 图 7）</translation>
    </message>
    <message>
        <source>Paper bars unavailable: %1</source>
        <translation>无法显示论文柱状图：%1</translation>
    </message>
    <message>
        <source>N = M, this periphery</source>
        <translation>N = M，当前外围电路</translation>
    </message>
    <message>
        <source>Cosemans Fig. 7</source>
        <translation>Cosemans 图 7</translation>
    </message>
    <message>
        <source>%1 TOPS/W</source>
        <translation>%1 TOPS/W</translation>
    </message>
    <message>
        <source>TOPS/W versus array size</source>
        <translation>TOPS/W 与阵列尺寸的关系</translation>
    </message>
    <message>
        <source>Array size N = M [rows = columns]</source>
        <translation>阵列尺寸 N = M [行数 = 列数]</translation>
    </message>
    <message>
        <source>Energy efficiency [TOPS/W]</source>
        <translation>能效 [TOPS/W]</translation>
    </message>
    <message>
        <source>Walden: E_ADC ∝ 2^(b−5)</source>
        <translation>Walden：E_ADC ∝ 2^(b−5)</translation>
    </message>
    <message>
        <source>thermal noise: E_ADC ∝ 4^(b−5)</source>
        <translation>热噪声：E_ADC ∝ 4^(b−5)</translation>
    </message>
    <message>
        <source>%1 b: %2 TOPS/W</source>
        <translation>%1 位：%2 TOPS/W</translation>
    </message>
    <message>
        <source>TOPS/W versus ADC resolution (DAC at %1 b)</source>
        <translation>TOPS/W 与 ADC 分辨率的关系（DAC 为 %1 位）</translation>
    </message>
    <message>
        <source>ADC resolution [bit]</source>
        <translation>ADC 分辨率 [bit]</translation>
    </message>
    <message>
        <source>%1 µm² cells</source>
        <translation>%1 µm² 单元</translation>
    </message>
    <message>
        <source> (this config)</source>
        <translation> (当前配置)</translation>
    </message>
    <message>
        <source>one %1 × %2 array: %3 mm²</source>
        <translation>单个 %1 × %2 阵列：%3 mm²</translation>
    </message>
    <message>
        <source>Stored weights [count]</source>
        <translation>存储权重数 [个]</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:26pt; font-weight:bold&apos;&gt;%1 &lt;span style=&apos;font-size:14pt&apos;&gt;TOPS/W&lt;/span&gt;&lt;/div&gt;&lt;div style=&apos;font-size:20pt; font-weight:bold&apos;&gt;%2 &lt;span style=&apos;font-size:12pt&apos;&gt;fJ/MAC&lt;/span&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;font-size:26pt; font-weight:bold&apos;&gt;%1 &lt;span style=&apos;font-size:14pt&apos;&gt;TOPS/W&lt;/span&gt;&lt;/div&gt;&lt;div style=&apos;font-size:20pt; font-weight:bold&apos;&gt;%2 &lt;span style=&apos;font-size:12pt&apos;&gt;fJ/MAC&lt;/span&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Feasible&lt;/b&gt; at %1 MHz: the summation line discharges in %2, within the %3 MVM period and above the %4 the timing can use.</source>
        <translation>&lt;b&gt;✔ 可行&lt;/b&gt;（%1 MHz）：求和线在 %2 内放电，不超过 %3 的 MVM 周期，且不短于时序电路可用的最短时间 %4。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ INFEASIBLE — device too slow:&lt;/b&gt; the summation line needs %1 to discharge, longer than the %2 MVM period at %3 MHz. Lower R_ON, raise I_cell or lower the MVM rate.</source>
        <translation>&lt;b&gt;✖ 不可行 — 器件太慢：&lt;/b&gt;求和线放电需要 %1，超过 %3 MHz 下 %2 的 MVM 周期。请降低 R_ON、提高 I_cell 或降低 MVM 速率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ INFEASIBLE — device too fast:&lt;/b&gt; the summation line discharges in %1, shorter than the %2 the control and pulse-width timing can use (Cosemans Fig. 6). Raise R_ON or lower I_cell.</source>
        <translation>&lt;b&gt;✖ 不可行 — 器件太快：&lt;/b&gt;求和线在 %1 内放电，短于控制与脉宽时序电路可用的最短时间 %2（Cosemans 图 6）。请提高 R_ON 或降低 I_cell。</translation>
    </message>
    <message>
        <source>Array N × M (physical columns)</source>
        <translation>阵列 N × M（物理列）</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>MACs per MVM</source>
        <translation>每次 MVM 的 MAC 数</translation>
    </message>
    <message>
        <source>%1 MAC</source>
        <translation>%1 MAC</translation>
    </message>
    <message>
        <source>Energy per MVM</source>
        <translation>每次 MVM 的能耗</translation>
    </message>
    <message>
        <source>%1 pJ</source>
        <translation>%1 pJ</translation>
    </message>
    <message>
        <source>  DACs / ADCs</source>
        <translation>  DAC / ADC</translation>
    </message>
    <message>
        <source>%1 / %2 pJ</source>
        <translation>%1 / %2 pJ</translation>
    </message>
    <message>
        <source>  Activation / summation lines</source>
        <translation>  激活线 / 求和线</translation>
    </message>
    <message>
        <source>  Control and timing</source>
        <translation>  控制与时序</translation>
    </message>
    <message>
        <source>Energy per operation</source>
        <translation>每次运算的能耗</translation>
    </message>
    <message>
        <source>%1 fJ/op</source>
        <translation>%1 fJ/op</translation>
    </message>
    <message>
        <source>Throughput at %1 MHz</source>
        <translation>%1 MHz 下的吞吐量</translation>
    </message>
    <message>
        <source>%1 TOPS</source>
        <translation>%1 TOPS</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>Array area (cells + periphery)</source>
        <translation>阵列面积（单元 + 外围电路）</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>Area efficiency</source>
        <translation>面积效率</translation>
    </message>
    <message>
        <source>%1 TOPS/mm²</source>
        <translation>%1 TOPS/mm²</translation>
    </message>
    <message>
        <source>  counting cells only (paper)</source>
        <translation>  仅计单元面积（论文口径）</translation>
    </message>
    <message>
        <source>R_ON = 1/E[G_P] (resistive cells)</source>
        <translation>R_ON = 1/E[G_P]（电阻型单元）</translation>
    </message>
    <message>
        <source>I_cell (current-source cells)</source>
        <translation>I_cell（电流源型单元）</translation>
    </message>
    <message>
        <source>Summation-line capacitance</source>
        <translation>求和线电容</translation>
    </message>
    <message>
        <source>Discharge time / MVM period</source>
        <translation>放电时间 / MVM 周期</translation>
    </message>
    <message>
        <source>This config
%1×%2</source>
        <translation>当前配置
%1×%2</translation>
    </message>
    <message>
        <source>Fig. 7
N=M=%1</source>
        <translation>图 7
N=M=%1</translation>
    </message>
    <message>
        <source>Act. lines</source>
        <translation>激活线</translation>
    </message>
    <message>
        <source>Sum. lines</source>
        <translation>求和线</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Weights vs chip area, 2 cells each (Fig. 8)</source>
        <translation>权重数与芯片面积的关系，每个权重 2 个单元（图 8）</translation>
    </message>
    <message>
        <source>Weights vs chip area (Cosemans Fig. 8)</source>
        <translation>权重数与芯片面积的关系（Cosemans 图 8）</translation>
    </message>
    <message>
        <source>Chip area [mm²], %1 µm² periphery per 1000 cells</source>
        <translation>芯片面积 [mm²]，每 1000 个单元 %1 µm² 外围电路</translation>
    </message>
    <message>
        <source>%1 (%2 M): %3 mm²</source>
        <translation>%1（%2 M）：%3 mm²</translation>
    </message>
    <message>
        <source>%1 fJ</source>
        <translation>%1 fJ</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExplorePage</name>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>No results loaded.</source>
        <translation>尚未载入结果。</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>打开结果…</translation>
    </message>
    <message>
        <source>Run a sweep from the current parameters</source>
        <translation>从当前参数运行扫描</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>heat map</source>
        <translation>热图</translation>
    </message>
    <message>
        <source>Results: Pareto front</source>
        <translation>结果：帕累托前沿</translation>
    </message>
    <message>
        <source>Design window</source>
        <translation>设计窗口</translation>
    </message>
    <message>
        <source>Open sweep results</source>
        <translation>打开扫描结果</translation>
    </message>
    <message>
        <source>Sweep results (*.csv)</source>
        <translation>扫描结果 (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 个点</translation>
    </message>
    <message>
        <source>(click to load these parameters)</source>
        <translation>（点击以载入这些参数）</translation>
    </message>
    <message>
        <source>sweep point %1</source>
        <translation>扫描点 %1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExploreSweepPanel</name>
    <message>
        <source>device</source>
        <translation>器件</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>accuracy (1 chip, 300 images, IR map)</source>
        <translation>准确率（1 个芯片，300 张图像，IR 衰减图）</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 / %2 个点</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG（位图）</translation>
    </message>
    <message>
        <source>CSV (data only)</source>
        <translation>CSV（仅数据）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV beside the figure</source>
        <translation>同时将绘图数据以 CSV 格式保存在图表旁</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Resolution (PNG):</source>
        <translation>分辨率 (PNG)：</translation>
    </message>
    <message>
        <source>Tick label font:</source>
        <translation>刻度标签字号：</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::HeatMapPlot</name>
    <message>
        <source>constraints met inside</source>
        <translation>内部满足约束</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::LecturePanel</name>
    <message>
        <source>No sliders are pinned. Right-click a parameter in the full panel (View → Presentation mode off) and choose “Pin to lecture panel”.</source>
        <translation>尚未固定任何滑块。请在完整参数面板中（视图 → 关闭演示模式）右键单击某个参数，然后选择“固定到讲课面板”。</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::MeasuredImportDialog</name>
    <message>
        <source>data (P)</source>
        <translation>数据（P）</translation>
    </message>
    <message>
        <source>fit: KS distance %1</source>
        <translation>拟合：KS 距离 %1</translation>
    </message>
    <message>
        <source>MTJ fit, P state (cumulative)</source>
        <translation>MTJ 拟合，P 态（累积）</translation>
    </message>
    <message>
        <source>Conductance [%1]</source>
        <translation>电导 [%1]</translation>
    </message>
    <message>
        <source>Fraction of devices ≤ G</source>
        <translation>≤ G 的器件比例</translation>
    </message>
    <message>
        <source>Import measured devices</source>
        <translation>导入实测器件</translation>
    </message>
    <message>
        <source>CSV file: state,resistance_ohm[,die,x,y,cd_nm]</source>
        <translation>CSV 文件：state,resistance_ohm[,die,x,y,cd_nm]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Use these devices</source>
        <translation>使用这些器件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Measured resistance per state</source>
        <translation>各状态的实测电阻</translation>
    </message>
    <message>
        <source>Resistance [Ω]</source>
        <translation>电阻 [Ω]</translation>
    </message>
    <message>
        <source>Fraction of devices per bin</source>
        <translation>每个区间的器件比例</translation>
    </message>
    <message>
        <source>Conductance [S]</source>
        <translation>电导 [S]</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>无法使用此文件：%1</translation>
    </message>
    <message>
        <source>Choose a CSV file of measured devices.</source>
        <translation>请选择实测器件的 CSV 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n devices in %2 states. Nothing changes until you accept.</source>
        <translation>
            <numerusform>%1：%n 个器件，%2 个状态。接受之前不会有任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (data)</source>
        <translation>%1（数据）</translation>
    </message>
    <message>
        <source>%1 (MTJ fit)</source>
        <translation>%1（MTJ 拟合）</translation>
    </message>
    <message>
        <source>Resistance [%1]</source>
        <translation>电阻 [%1]</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;MTJ fit (RA = %1 Ω·µm² from the parameters)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;eCD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;σ of the radius&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TMR at read voltage&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS distance (P state)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;MTJ 拟合（RA = %1 Ω·µm²，取自参数）&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;eCD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;半径的 σ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;读取电压下的 TMR&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS 距离（P 态）&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>the MTJ model fits P/AP data only</source>
        <translation>MTJ 模型只拟合 P/AP 数据</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;No MTJ fit:&lt;/b&gt; %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;无 MTJ 拟合：&lt;/b&gt; %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>No MTJ fit for this file</source>
        <translation>此文件无 MTJ 拟合</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>器件数</translation>
    </message>
    <message>
        <source>Mean G</source>
        <translation>平均 G</translation>
    </message>
    <message>
        <source>σ/μ</source>
        <translation>σ/μ</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>A data set name (mnist, fashion-mnist) or a path to IDX/CIFAR files or an image folder.</source>
        <translation>数据集名称（mnist、fashion-mnist），或 IDX/CIFAR 文件路径，或图像文件夹。</translation>
    </message>
    <message>
        <source>exact (transfer matrices)</source>
        <translation>精确（传输矩阵）</translation>
    </message>
    <message>
        <source>attenuation map (fast)</source>
        <translation>衰减图（快速）</translation>
    </message>
    <message>
        <source>off (device variation only)</source>
        <translation>关闭（仅器件波动）</translation>
    </message>
    <message>
        <source>Accuracy vs R_ON sweep</source>
        <translation>扫描 R_ON 下的准确率</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <source>IR drop:</source>
        <translation>IR 压降：</translation>
    </message>
    <message>
        <source>chip %v of %m</source>
        <translation>芯片 %v / %m</translation>
    </message>
    <message>
        <source>Accuracy on the arrays (mean ± std over chips)</source>
        <translation>阵列上的准确率（各芯片的均值 ± 标准差）</translation>
    </message>
    <message>
        <source>Accuracy vs weight noise (Fig. 13b/14b)</source>
        <translation>准确率与权重噪声的关系（图 13b/14b）</translation>
    </message>
    <message>
        <source>σ_w,test [LSB]</source>
        <translation>σ_w,test [LSB]</translation>
    </message>
    <message>
        <source>Accuracy [%]</source>
        <translation>准确率 [%]</translation>
    </message>
    <message>
        <source>R_ON [MΩ]</source>
        <translation>R_ON [MΩ]</translation>
    </message>
    <message>
        <source>Confusion matrix (chip 1)</source>
        <translation>混淆矩阵（芯片 1）</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Misclassified test images (true → predicted), chip 1:</source>
        <translation>误分类的测试图像（真实 → 预测），芯片 1：</translation>
    </message>
    <message>
        <source>(no shipped models found)</source>
        <translation>（未找到内置模型）</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ideal ternary network, same DAC and ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ideal ternary network, no ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Test images, chips&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3, %4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device: R_ON (1/mean G_P), σ_w(±1)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5, %6 LSB&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IR drop, crossbar solves&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%7, %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Compute time&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%9 s&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;%10</source>
        <translation>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;理想三值网络，相同的 DAC 和 ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;理想三值网络，无 ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;测试图像数，芯片数&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3, %4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;器件：R_ON（1/G_P 均值），σ_w(±1)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5, %6 LSB&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IR 压降，交叉阵列求解次数&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%7, %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;计算时间&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%9 s&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;%10</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Preview on a subset; the full test set follows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;基于子集的预览；随后计算完整测试集。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (σ_w,train = %2)</source>
        <translation>%1 (σ_w,train = %2)</translation>
    </message>
    <message>
        <source>this device and array (σ_w = %1)</source>
        <translation>当前器件与阵列（σ_w = %1）</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>test image %1</source>
        <translation>测试图像 %1</translation>
    </message>
    <message>
        <source>σ_w curves: model %v of %m</source>
        <translation>σ_w 曲线：模型 %v / %m</translation>
    </message>
    <message>
        <source>R_ON sweep: point %v of %m</source>
        <translation>R_ON 扫描：第 %v / %m 点</translation>
    </message>
    <message>
        <source>preview done, full test set running</source>
        <translation>预览完成，正在计算完整测试集</translation>
    </message>
    <message>
        <source>done: %m chips</source>
        <translation>完成：%m 个芯片</translation>
    </message>
    <message>
        <source>Computed with the full pass…</source>
        <translation>将在完整计算中得出…</translation>
    </message>
    <message>
        <source>Sweep switched off</source>
        <translation>扫描已关闭</translation>
    </message>
    <message>
        <source>Images (log scale)</source>
        <translation>图像数（对数刻度）</translation>
    </message>
    <message>
        <source>Fig. 16: same chips, IR drop on vs off</source>
        <translation>图 16：同一批芯片，IR 压降开与关</translation>
    </message>
    <message>
        <source>Fig. 16: ideal devices, IR drop only</source>
        <translation>图 16：理想器件，仅 IR 压降</translation>
    </message>
    <message>
        <source>Error increase from IR drop vs R_ON (Fig. 16)</source>
        <translation>IR 压降引起的错误率增加与 R_ON 的关系（图 16）</translation>
    </message>
    <message>
        <source>r_SL = %1 Ω</source>
        <translation>r_SL = %1 Ω</translation>
    </message>
    <message>
        <source>Error increase, same chips IR on − off [%]</source>
        <translation>错误率增加，同一批芯片 IR 开 − 关 [%]</translation>
    </message>
    <message>
        <source>Error increase vs ideal network [%]</source>
        <translation>相对理想网络的错误率增加 [%]</translation>
    </message>
    <message>
        <source>r_SL = %1 Ω (this array)</source>
        <translation>r_SL = %1 Ω（当前阵列）</translation>
    </message>
    <message>
        <source>current device (%1)</source>
        <translation>当前器件（%1）</translation>
    </message>
    <message>
        <source>± 1 std, %1 chips × %2 images</source>
        <translation>± 1 标准差，%1 个芯片 × %2 张图像</translation>
    </message>
    <message>
        <source>Error increase from IR drop vs R_ON (Fig. 16; %1 × %2 arrays, IR: attenuation map)</source>
        <translation>IR 压降引起的错误率增加与 R_ON 的关系（图 16；%1 × %2 阵列，IR：衰减图）</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PageView</name>
    <message>
        <source>Previous plots</source>
        <translation>上一组图</translation>
    </message>
    <message>
        <source>Next plots</source>
        <translation>下一组图</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamControl</name>
    <message>
        <source>%1: %2 is outside %3 … %4 %5; set to %6</source>
        <translation>%1：%2 超出范围 %3 … %4 %5，已设为 %6</translation>
    </message>
    <message>
        <source>Pin to lecture panel</source>
        <translation>固定到讲课面板</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamPanel</name>
    <message>
        <source>Crossbar array</source>
        <translation>交叉阵列</translation>
    </message>
    <message>
        <source>Periphery and energy</source>
        <translation>外围电路与能耗</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>仿真</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>器件</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>器件：%1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PlotWidget</name>
    <message>
        <source>Export figure and data…</source>
        <translation>导出图表和数据…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PrechargePage</name>
    <message>
        <source>Precharge</source>
        <translation>预充电</translation>
    </message>
    <message>
        <source>Time [ns]</source>
        <translation>时间 [ns]</translation>
    </message>
    <message>
        <source>Summation-line voltage V_SL [V]</source>
        <translation>求和线电压 V_SL [V]</translation>
    </message>
    <message>
        <source>Ideal MVM, linear prediction V+ − V− [V]</source>
        <translation>理想 MVM，线性预测 V+ − V− [V]</translation>
    </message>
    <message>
        <source>Array output V+ − V− [V]</source>
        <translation>阵列输出 V+ − V− [V]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>线 %1</translation>
    </message>
    <message>
        <source>pulse ends</source>
        <translation>脉冲结束</translation>
    </message>
    <message>
        <source>V_SL during one MVM (t_LSB %1 ps, C_SL %2)</source>
        <translation>一次 MVM 中的 V_SL（t_LSB %1 ps，C_SL %2）</translation>
    </message>
    <message>
        <source>resistive cells</source>
        <translation>电阻型单元</translation>
    </message>
    <message>
        <source>current-source cells</source>
        <translation>电流源单元</translation>
    </message>
    <message>
        <source>: deviation %1 % rms</source>
        <translation>：偏差 %1 % rms</translation>
    </message>
    <message>
        <source>exact MVM</source>
        <translation>精确 MVM</translation>
    </message>
    <message>
        <source>Transfer curve, %1 random inputs (ideal wires)</source>
        <translation>传输曲线，%1 个随机输入（理想导线）</translation>
    </message>
    <message>
        <source> · lines still saturated at the end: %1 %</source>
        <translation> · 结束时仍饱和的线：%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precharge scheme&lt;/b&gt; (Cosemans Fig. 4) on %1 × %2 cells: one random MVM, %3 pulse ends, %4 DC line solves · error against the linear prediction max &lt;b&gt;%5 %&lt;/b&gt;, rms %6 % of the largest swing%7 · energy drawn from the precharge &lt;b&gt;%8&lt;/b&gt;; the energy model&apos;s summation-line term at the same mean swing (%9, V_dd = V_pre) &lt;b&gt;%10&lt;/b&gt;</source>
        <translation>&lt;b&gt;预充电方案&lt;/b&gt;（Cosemans Fig. 4），%1 × %2 个单元：一次随机 MVM，%3 个脉冲结束点，%4 次 DC 线求解 · 相对线性预测的误差最大 &lt;b&gt;%5 %&lt;/b&gt;，rms %6 %（以最大摆幅计）%7 · 从预充电取用的能量 &lt;b&gt;%8&lt;/b&gt;；能量模型在相同平均摆幅（%9，V_dd = V_pre）下的求和线项 &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ScatterPlot</name>
    <message>
        <source>Pareto front (%1 points)</source>
        <translation>帕累托前沿（%1 个点）</translation>
    </message>
    <message>
        <source>loaded point</source>
        <translation>已载入的点</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::TechnologiesPage</name>
    <message>
        <source>Technologies</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>too fast to settle</source>
        <translation>太快，无法稳定</translation>
    </message>
    <message>
        <source>too slow for the clock</source>
        <translation>对时钟而言太慢</translation>
    </message>
    <message>
        <source>(no network: table only)</source>
        <translation>（无网络：仅表格）</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>σ_w −1 / 0 / +1 [LSB]</source>
        <translation>σ_w −1 / 0 / +1 [LSB]</translation>
    </message>
    <message>
        <source>R_ON or I_cell</source>
        <translation>R_ON 或 I_cell</translation>
    </message>
    <message>
        <source>V_WR</source>
        <translation>V_WR</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持时间</translation>
    </message>
    <message>
        <source>TOPS/W (feasibility)</source>
        <translation>TOPS/W（可行性）</translation>
    </message>
    <message>
        <source>Network accuracy</source>
        <translation>网络准确率</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>论文来源</translation>
    </message>
    <message>
        <source>Network for the accuracy column:</source>
        <translation>准确率列所用的网络：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doevenspeck Table I, live&lt;/b&gt;: every shipped technology on the current array, periphery and simulation settings (its device from its shipped preset; the current technology with your device, highlighted), beside the papers&apos; values. Flash and RRAM are Table I rows the product does not model.</source>
        <translation>&lt;b&gt;Doevenspeck 表 I（实时）&lt;/b&gt;：每种随附技术在当前阵列、外围电路和仿真设置下的结果（器件取自其随附预设；当前技术使用你的器件并高亮显示），并列论文中的数值。Flash 和 RRAM 是表 I 中本产品未建模的行。</translation>
    </message>
    <message>
        <source>device.technology = %1, preset %2</source>
        <translation>device.technology = %1，预设 %2</translation>
    </message>
    <message>
        <source>cannot be built: %1</source>
        <translation>无法构建：%1</translation>
    </message>
    <message>
        <source>I_cell %1</source>
        <translation>I_cell %1</translation>
    </message>
    <message>
        <source>R_ON %1</source>
        <translation>R_ON %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>network not loaded</source>
        <translation>网络未加载</translation>
    </message>
    <message>
        <source>(IR off)</source>
        <translation>（IR 关闭）</translation>
    </message>
    <message>
        <source>Digital ternary reference with the same converters: %1 %</source>
        <translation>相同转换器下的数字三值参考：%1 %</translation>
    </message>
    <message>
        <source>No network chosen: the accuracy column is empty.</source>
        <translation>未选择网络：准确率列为空。</translation>
    </message>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>无法加载网络：%1</translation>
    </message>
    <message>
        <source>Computing the network accuracy per technology in the background…</source>
        <translation>正在后台计算每种技术的网络准确率…</translation>
    </message>
    <message>
        <source>Accuracy of %1 on %2: the first %3 test images × %4 chips per technology (a live estimate; the Network page and &lt;code&gt;aimc technologies&lt;/code&gt; run the full set), IR drop by attenuation map for resistive cells and off for current-source cells (their IR drop is not in the network path). Computed in the background in %5 s.</source>
        <translation>%1 在 %2 上的准确率：每种技术取前 %3 张测试图像 × %4 个芯片（实时估计；网络页面和 &lt;code&gt;aimc technologies&lt;/code&gt; 运行完整测试集），阻性单元的 IR 压降用衰减图计算，电流源单元的 IR 压降关闭（其 IR 压降不在网络路径中）。在后台计算，用时 %5 s。</translation>
    </message>
    <message>
        <source>Flash (Table I only)</source>
        <translation>Flash（仅表 I）</translation>
    </message>
    <message>
        <source>RRAM (Table I only)</source>
        <translation>RRAM（仅表 I）</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>未建模</translation>
    </message>
    <message>
        <source>paper: %1</source>
        <translation>论文：%1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::TechnologySelector</name>
    <message>
        <source>SOT-MRAM</source>
        <translation>SOT-MRAM</translation>
    </message>
    <message>
        <source>STT-MRAM</source>
        <translation>STT-MRAM</translation>
    </message>
    <message>
        <source>Measured devices</source>
        <translation>实测器件</translation>
    </message>
    <message>
        <source>IGZO 2T1C gain cell</source>
        <translation>IGZO 2T1C 增益单元</translation>
    </message>
    <message>
        <source>Projection PCM</source>
        <translation>投影 PCM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technology&lt;/b&gt; &lt;code&gt;device.technology&lt;/code&gt;&lt;br&gt;The device behind every cell; the device section below shows only its parameters.</source>
        <translation>&lt;b&gt;技术&lt;/b&gt; &lt;code&gt;device.technology&lt;/code&gt;&lt;br&gt;每个单元所用的器件；下方的器件部分只显示它的参数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device technology&lt;/b&gt;</source>
        <translation>&lt;b&gt;器件技术&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1：%n 个器件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AiMC Explorer: analog in-memory computing with MRAM</source>
        <translation>AiMC Explorer：基于 MRAM 的模拟存内计算</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>以演示模式启动。</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the given delay and quit.</source>
        <translation>在指定延迟后将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot.</source>
        <translation>截图前等待的毫秒数。</translation>
    </message>
    <message>
        <source>Present this deck (a file, or a shipped deck&apos;s name).</source>
        <translation>演示此讲稿（文件，或随附讲稿的名称）。</translation>
    </message>
    <message>
        <source>Start the deck at this step (from 1).</source>
        <translation>从此步开始演示讲稿（从 1 起）。</translation>
    </message>
    <message>
        <source>Spotlight this plot (its export name) on the page shown.</source>
        <translation>在显示的页面上聚焦此图（其导出名称）。</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. 1280x720.</source>
        <translation>窗口大小（像素），例如 1280x720。</translation>
    </message>
    <message>
        <source>Show this page (device, array, precharge, energy, network, technologies).</source>
        <translation>显示此页面（device、array、precharge、energy、network、technologies）。</translation>
    </message>
    <message>
        <source>Open this preset (a file, or a shipped preset&apos;s name).</source>
        <translation>打开此预设（文件，或内置预设的名称）。</translation>
    </message>
</context>
</TS>
